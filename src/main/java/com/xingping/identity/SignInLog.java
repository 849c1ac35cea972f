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
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
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
    private final Lockouts lockouts;
    private final AuditLog audit;

    SignInLog(SignIns signIns, Accounts accounts, Clock clock, Lockouts lockouts, AuditLog audit) {
        this.signIns = signIns;
        this.accounts = accounts;
        this.clock = clock;
        this.lockouts = lockouts;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            keep(new SignIn(null, user.getUsername(), user.id(), Instant.now(clock), address(event.getAuthentication()),
                    true, null));
            audit.recordSecurity("account.signed-in", user.getUsername(), null, AuditOutcome.OK, null);
        }
    }

    /** Any right password (the page or an HTTP Basic call) ends a run of wrong ones. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passwordAccepted(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            try {
                lockouts.succeeded(user.id());
            } catch (DataAccessException e) {
                LOG.warn("the failed sign-ins of {} were not reset: {}", user.getUsername(), e.getMessage());
            }
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
        SignIn.Outcome outcome = event instanceof AuthenticationFailureLockedEvent ? SignIn.Outcome.LOCKED : null;
        keep(new SignIn(null, username, account.map(Account::id).orElse(null), Instant.now(clock),
                address(event.getAuthentication()), false, outcome == null ? null : outcome.code));
        audit.recordSecurity("account.sign-in-failed", username, null, AuditOutcome.FAILED,
                Map.of("reason", reason(event.getException())));
        if (event instanceof AuthenticationFailureBadCredentialsEvent && account.isPresent()) {
            count(account.get());
        }
    }

    /** Why a sign-in failed, as the audit page shows it: a code, never a Java class name. */
    static String reason(org.springframework.security.core.AuthenticationException failure) {
        if (failure instanceof org.springframework.security.authentication.BadCredentialsException) {
            return "wrong-password";
        }
        if (failure instanceof org.springframework.security.authentication.LockedException) {
            return SignIn.Outcome.LOCKED.code;
        }
        if (failure instanceof org.springframework.security.authentication.DisabledException) {
            return "disabled";
        }
        return failure instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                ? "unavailable" : "refused";
    }

    /** A wrong password for a real account counts towards its lock; the lock itself is audited. */
    private void count(Account account) {
        try {
            lockouts.failed(account.id()).ifPresent(until -> audit.record("account.locked", "account", account.id(), null,
                    java.util.Map.of("username", account.username(), "failures", lockouts.maxFailures(), "lockedUntil", until.toString())));
        } catch (DataAccessException e) {
            LOG.warn("a failed sign-in of {} was not counted towards its lock: {}", account.username(), e.getMessage());
        }
    }

    /** An attempt refused before its password was checked (too many from its address, an over-long password). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String typed, String address, SignIn.Outcome outcome) {
        String username = typed == null ? "" : typed.strip().toLowerCase();
        username = username.length() > 64 ? username.substring(0, 64) : username;
        Long accountId = username.isEmpty() ? null : accounts.findByUsername(username).map(Account::id).orElse(null);
        keep(new SignIn(null, username, accountId, Instant.now(clock), address, false, outcome.code));
        audit.recordSecurity("account.sign-in-refused", username, address, AuditOutcome.DENIED, Map.of("reason", outcome.code));
    }

    /** A wrong second-factor code after a right password: kept, and counted towards the account's lock. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorFailed(CurrentUser user, String address) {
        keep(new SignIn(null, user.getUsername(), user.id(), Instant.now(clock), address, false, SignIn.Outcome.SECOND_FACTOR.code));
        audit.recordSecurity("account.second-factor-failed", user.getUsername(), address, AuditOutcome.FAILED, null);
        accounts.findById(user.id()).ifPresent(this::count);
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
