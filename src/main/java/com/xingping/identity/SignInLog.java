package com.xingping.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.audit.AuditOutcome;
import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

/**
 * Keeps every sign-in on the sign-in page and every failed password check (page or HTTP Basic), from
 * the events Spring Security publishes. A Basic call that succeeds is not a sign-in (a client may make
 * thousands), nor is a token or an existing session. The history is kept when it can be: a database
 * that cannot write does not turn a sign-in into a server error (the request's own writes say so).
 */
@Component
class SignInLog {
    private static final Logger LOG = LoggerFactory.getLogger(SignInLog.class);
    private final SignIns signIns;
    private final Accounts accounts;
    private final Clock clock;
    private final AuditLog audit;

    SignInLog(SignIns signIns, Accounts accounts, Clock clock, AuditLog audit) {
        this.signIns = signIns;
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            keep(new SignIn(null, user.getUsername(), user.id(), Instant.now(clock), address(event.getAuthentication()),
                    true));
            audit.recordSecurity("account.signed-in", user.getUsername(), null, AuditOutcome.OK, null);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        if (typed == null || typed.isBlank()) {
            return;
        }
        String username = typed.strip().toLowerCase();
        username = username.length() > 64 ? username.substring(0, 64) : username;
        Optional<Account> account = accounts.findByUsername(username);
        keep(new SignIn(null, username, account.map(Account::id).orElse(null), Instant.now(clock),
                address(event.getAuthentication()), false));
        audit.recordSecurity("account.sign-in-failed", username, null, AuditOutcome.FAILED,
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }

    private void keep(SignIn signIn) {
        try {
            signIns.save(signIn);
        } catch (DataAccessException e) {
            LOG.warn("sign-in of {} not kept in the history: {}", signIn.username(), e.getMessage());
        }
    }

    /** The account's sign-ins, newest first. */
    PageOf<SignIn> of(Long accountId, Paging paging) {
        return PageOf.of(signIns.findByAccountIdOrderByAtDescIdDesc(accountId,
                PageRequest.of(paging.page() - 1, paging.size())).getContent(), paging, signIns.countByAccountId(accountId));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
