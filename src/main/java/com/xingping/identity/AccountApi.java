package com.xingping.identity;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Accounts over the API: who am I, one's own password and sign-ins (everyone); the list, new accounts,
 * changes, temporary passwords, disabling (committee admin).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账号与角色 / accounts and roles")
class AccountApi {
    private final Accounts accounts;
    private final AccountRegistry registry;
    private final PasswordChanges passwords;
    private final AccountDirectory directory;
    private final SignInLog signInLog;

    AccountApi(Accounts accounts, AccountRegistry registry, PasswordChanges passwords, AccountDirectory directory,
               SignInLog signInLog) {
        this.accounts = accounts;
        this.registry = registry;
        this.passwords = passwords;
        this.directory = directory;
        this.signInLog = signInLog;
    }

    /** An account as the API shows it: never the password hash. */
    record AccountView(Long id, String username, String displayName, Role role, Long unitId, boolean enabled,
                       boolean awaitingConfirmation) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                    account.unitId(), account.enabled(), account.awaitingConfirmation());
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account, its role and (for a reporter) its unit")
    AccountView me(@AuthenticationPrincipal CurrentUser user) {
        return AccountView.of(accounts.findById(user.id()).orElseThrow());
    }

    /** A new password for the signed-in account, as the password page takes it. */
    record PasswordForm(String current, String password, String confirmation) {
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Choose a new password for the signed-in account (required first for a one-time password)")
    void changePassword(@AuthenticationPrincipal CurrentUser user, @RequestBody PasswordForm form) {
        passwords.change(user, form.current(), form.password(), form.confirmation());
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The accounts a page at a time, by role and account name, optionally only those whose account or "
            + "person name contains q (committee admin)")
    PageOf<AccountView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return directory.page(q, Paging.of(page, size)).with(shown -> shown.stream().map(AccountView::of).toList());
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (committee admin); the initial password must be changed at first sign-in")
    AccountView create(@RequestBody AccountForm form) {
        return AccountView.of(registry.create(form));
    }

    @PutMapping("/accounts/{id}")
    @Operation(summary = "Change an account's person name, role or unit (committee admin); its sessions end when the role "
            + "or unit changed")
    AccountView update(@PathVariable Long id, @RequestBody AccountChange change) {
        return AccountView.of(registry.update(id, change));
    }

    /** A temporary password the committee admin sets; the user must change it at next sign-in. */
    record TemporaryPassword(String password) {
    }

    @PostMapping("/accounts/{id}/password-reset")
    @Operation(summary = "Set a temporary password (committee admin); the user must choose their own at next sign-in")
    AccountView resetPassword(@PathVariable Long id, @RequestBody TemporaryPassword temporary) {
        return AccountView.of(registry.resetPassword(id, temporary.password()));
    }

    record SignInView(java.time.Instant at, String address, boolean succeeded) {
    }

    @GetMapping("/me/sign-ins")
    @Operation(summary = "The signed-in account's own sign-ins on the sign-in page and failed password checks "
            + "(page or HTTP Basic), newest first")
    PageOf<SignInView> signIns(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return signInLog.of(user.id(), Paging.of(page, size))
                .with(shown -> shown.stream().map(s -> new SignInView(s.at(), s.address(), s.succeeded())).toList());
    }

    @PostMapping("/accounts/{id}/disable")
    @Operation(summary = "Disable an account (committee admin)")
    AccountView disable(@PathVariable Long id) {
        return AccountView.of(registry.setEnabled(id, false));
    }

    @PostMapping("/accounts/{id}/enable")
    @Operation(summary = "Enable an account again (committee admin)")
    AccountView enable(@PathVariable Long id) {
        return AccountView.of(registry.setEnabled(id, true));
    }
}
