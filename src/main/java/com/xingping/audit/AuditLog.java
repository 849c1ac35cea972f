package com.xingping.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. {@link #record} writes inside the caller's transaction, so a change and its
 * audit line are saved together or not at all. {@link #recordSecurity} and {@link #recordAccess}
 * write events that are no change (a sign-in, a refusal, a download) in a transaction of their own;
 * called inside a transaction they are written just after it ends, committed or rolled back (a
 * refusal is often why it rolls back, and the chain's lock may be held by it). The actor comes from
 * the security context, the address from the current request (see {@link ClientAddress}).
 */
@Component
public class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final AuditChain chain;
    private final AuditEvents events;
    private final ClientAddress clientAddress;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(AuditChain chain, AuditEvents events, ClientAddress clientAddress, PlatformTransactionManager transactions, Clock clock) {
        this.chain = chain;
        this.events = events;
        this.clientAddress = clientAddress;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        chain.append(entry(actor(), address(), action, entityType, entityId, AuditOutcome.OK, json(before), json(after)));
    }

    /**
     * A security event of an account (sign-in, failed password, lockout, sign-out, refusal), whether
     * or not anyone is signed in: {@code account} is the account name given (null: the signed-in
     * user), {@code address} the client's (null: the current request's), {@code detail} what is
     * worth knowing (written as JSON). Never fails its caller: an entry that cannot be written is
     * logged as a warning.
     */
    public void recordSecurity(String action, String account, String address, AuditOutcome outcome, Object detail) {
        AuditEvent entry = entry(account == null ? actor() : trimmed(account), address == null ? address() : address, action,
                "account", null, outcome, null, json(detail));
        afterTransaction(() -> {
            try {
                ownTransaction.executeWithoutResult(status -> chain.append(entry));
            } catch (DataAccessException | TransactionException e) {
                LOG.warn("audit entry {} of {} not written: {}", action, entry.actor(), e.getMessage());
            }
        });
    }

    /**
     * A read worth keeping (an evidence file downloaded, a table exported) by the signed-in user.
     * Outside a transaction it is written before the caller goes on, and a failure fails the caller:
     * no download leaves without its audit line.
     */
    public void recordAccess(String action, String entityType, Long entityId, Object detail) {
        AuditEvent entry = entry(actor(), address(), action, entityType, entityId, AuditOutcome.OK, null, json(detail));
        afterTransaction(() -> ownTransaction.executeWithoutResult(status -> chain.append(entry)));
    }

    /** Everything that happened to one entity, oldest first. */
    public List<AuditEvent> history(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    private AuditEvent entry(String actor, String address, String action, String entityType, Long entityId, AuditOutcome outcome,
                             String before, String after) {
        // the databases keep microseconds: the hash must cover the time as it will be read back
        return new AuditEvent(null, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor, address, action, entityType, entityId,
                before, after, outcome.code(), null, null);
    }

    private static void afterTransaction(Runnable write) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        String text = JSON.writeValueAsString(state);
        return text.length() > 8000 ? text.substring(0, 7999) + "…" : text;
    }

    private static String trimmed(String account) {
        String name = account.strip();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : trimmed(auth.getName());
    }

    private String address() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return clientAddress.of(servlet.getRequest());
        }
        return null;
    }
}
