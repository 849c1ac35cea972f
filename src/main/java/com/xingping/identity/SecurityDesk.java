package com.xingping.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;

/**
 * The security administrator's work (三员分立): confirming accounts the system administrator made into
 * security or audit administrators, lifting lockouts, resetting second factors, ending an account's
 * sessions and revoking its tokens. Each is audited; nobody else may do them.
 */
@Service
class SecurityDesk {
    private final Accounts accounts;
    private final Lockouts lockouts;
    private final SecondFactors factors;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    SecurityDesk(Accounts accounts, Lockouts lockouts, SecondFactors factors,
                 FindByIndexNameSessionRepository<? extends Session> sessions, ApiTokens tokens, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.lockouts = lockouts;
        this.factors = factors;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the security administrator sees of one account. */
    record AccountSecurity(Account account, Optional<Instant> lockedUntil, boolean secondFactor, int sessions,
                           List<TokenView> tokens) {
        long lockMinutesLeft(Instant now) {
            return lockedUntil.map(until -> new Lockouts.Lock(account.id(), account.username(), until).minutesLeft(now)).orElse(0L);
        }
    }

    @PreAuthorize("hasRole('SECURITY')")
    AccountSecurity of(Long id) {
        Account account = find(id);
        Instant now = Instant.now(clock);
        return new AccountSecurity(account, lockouts.lockedUntil(id), factors.enabled(id),
                sessions.findByPrincipalName(account.username()).size(),
                tokens.findByAccountIdOrderByCreatedAtDescIdDesc(id).stream().map(token -> TokenView.of(token, now)).toList());
    }

    @PreAuthorize("hasRole('SECURITY')")
    List<Lockouts.Lock> locked() {
        return lockouts.locked();
    }

    /** Accounts made security or audit administrators that wait for a security administrator's confirmation. */
    @PreAuthorize("hasRole('SECURITY')")
    List<Account> awaitingConfirmation() {
        return accounts.findByAwaitingConfirmationTrueOrderByUsername();
    }

    /** Lets an account the system administrator made (or reset as) a security or audit administrator sign in. */
    @Transactional
    @PreAuthorize("hasRole('SECURITY')")
    Account confirm(Long id) {
        Account before = find(id);
        if (!before.awaitingConfirmation()) {
            throw new Refusal("account", "账号 " + before.username() + " 无需确认");
        }
        Account after = accounts.save(before.awaitingConfirmation(false));
        audit.record("account.confirmed", "account", id, before.auditView(), after.auditView());
        return after;
    }

    /** Lifts the lock that wrong passwords put on the account; false when it was not locked. */
    @Transactional
    @PreAuthorize("hasRole('SECURITY')")
    boolean unlock(Long id) {
        Account account = find(id);
        Optional<Instant> until = lockouts.lockedUntil(account.id());
        if (until.isEmpty() || !lockouts.unlock(account.id())) {
            return false;
        }
        audit.record("account.unlocked", "account", id, Map.of("lockedUntil", until.get().toString()), account.auditView());
        return true;
    }

    /** For a user who lost both the phone and the recovery codes: they enrol again at their next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('SECURITY')")
    boolean resetSecondFactor(Long id) {
        return factors.reset(find(id).id());
    }

    /** Ends every page session of the account at once (a stolen laptop); how many there were. */
    @Transactional
    @PreAuthorize("hasRole('SECURITY')")
    int endSessions(Long id) {
        Account account = find(id);
        List<String> ids = List.copyOf(sessions.findByPrincipalName(account.username()).keySet());
        ids.forEach(sessions::deleteById);
        audit.record("account.sessions-ended", "account", id, Map.of("sessions", ids.size()), Map.of("sessions", 0));
        return ids.size();
    }

    /** Revokes every token of the account still in use; how many. */
    @Transactional
    @PreAuthorize("hasRole('SECURITY')")
    int revokeTokens(Long id) {
        Account account = find(id);
        Instant now = Instant.now(clock);
        List<ApiToken> active = tokens.findByAccountIdOrderByCreatedAtDescIdDesc(account.id()).stream()
                .filter(token -> token.state(now) == TokenState.ACTIVE).toList();
        for (ApiToken token : active) {
            ApiToken revoked = tokens.save(token.revoke(now));
            audit.record("api-token.revoked", "api_token", token.id(), token.auditView(), revoked.auditView());
        }
        return active.size();
    }

    private Account find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("账号 " + id));
    }
}
