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

/** Accounts over the API: who am I and one's own password (everyone), the list and new accounts (committee admin). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账号与角色 / accounts and roles")
class AccountApi {
    private final Accounts accounts;
    private final AccountRegistry registry;
    private final PasswordChanges passwords;
    private final AccountDirectory directory;

    AccountApi(Accounts accounts, AccountRegistry registry, PasswordChanges passwords, AccountDirectory directory) {
        this.accounts = accounts;
        this.registry = registry;
        this.passwords = passwords;
        this.directory = directory;
    }

    /** An account as the API shows it: never the password hash. */
    record AccountView(Long id, String username, String displayName, Role role, Long unitId, boolean enabled) {
        static AccountView of(Account account) {
            return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                    account.unitId(), account.enabled());
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
