package com.xingping.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The security administrator's work over the API, as on the security pages (SECURITY role only). */
@RestController
@RequestMapping("/api/v1/security")
@Tag(name = "security", description = "安全管理 / the security administrator: lockouts, second factors, sessions, tokens")
class SecurityApi {
    private final SecurityDesk desk;
    private final Lockouts lockouts;

    SecurityApi(SecurityDesk desk, Lockouts lockouts) {
        this.desk = desk;
        this.lockouts = lockouts;
    }

    record LockView(Long accountId, String username, Instant lockedUntil) {
    }

    /** An account's security state: never its password hash or second-factor secret. */
    record AccountSecurityView(Long id, String username, Role role, boolean enabled, boolean awaitingConfirmation,
                               Instant lockedUntil, boolean secondFactor, int sessions, List<TokenView> tokens) {
    }

    /** What an action changed: how many sessions ended or tokens were revoked, or whether there was a lock or factor. */
    record Done(Long accountId, String action, int count) {
    }

    @GetMapping("/locks")
    @Operation(summary = "The accounts locked now by wrong passwords, soonest free first")
    List<LockView> locks() {
        return desk.locked().stream().map(lock -> new LockView(lock.accountId(), lock.username(), lock.until())).toList();
    }

    @GetMapping("/awaiting")
    @Operation(summary = "Security and audit administrator accounts waiting for a security administrator's confirmation")
    List<AccountApi.AccountView> awaiting() {
        return desk.awaitingConfirmation().stream().map(AccountApi.AccountView::of).toList();
    }

    @GetMapping("/accounts/{id}")
    @Operation(summary = "One account's security state: lock, second factor, open page sessions, tokens")
    AccountSecurityView accountSecurity(@PathVariable Long id) {
        SecurityDesk.AccountSecurity security = desk.of(id);
        Account account = security.account();
        return new AccountSecurityView(account.id(), account.username(), account.role(), account.enabled(),
                account.awaitingConfirmation(), security.lockedUntil().orElse(null), security.secondFactor(), security.sessions(),
                security.tokens());
    }

    @PostMapping("/accounts/{id}/confirm")
    @Operation(summary = "Confirm an account the system administrator made (or reset as) a security or audit administrator")
    AccountApi.AccountView confirm(@PathVariable Long id) {
        return AccountApi.AccountView.of(desk.confirm(id));
    }

    @PostMapping("/accounts/{id}/unlock")
    @Operation(summary = "Lift the lock wrong passwords put on an account (count 0: it was not locked)")
    Done unlock(@PathVariable Long id) {
        return new Done(id, "unlock", desk.unlock(id) ? 1 : 0);
    }

    @PostMapping("/accounts/{id}/totp-reset")
    @Operation(summary = "Turn an account's second factor off; it enrols again at its next sign-in (count 0: it had none)")
    Done resetSecondFactor(@PathVariable Long id) {
        return new Done(id, "totp-reset", desk.resetSecondFactor(id) ? 1 : 0);
    }

    @PostMapping("/accounts/{id}/end-sessions")
    @Operation(summary = "End every page session of an account at once")
    Done endSessions(@PathVariable Long id) {
        return new Done(id, "end-sessions", desk.endSessions(id));
    }

    @PostMapping("/accounts/{id}/revoke-tokens")
    @Operation(summary = "Revoke every personal access token of an account still in use")
    Done revokeTokens(@PathVariable Long id) {
        return new Done(id, "revoke-tokens", desk.revokeTokens(id));
    }
}
