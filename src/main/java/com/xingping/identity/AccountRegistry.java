package com.xingping.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Conflict;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;

/**
 * Creates, changes, resets and disables accounts (the committee admin, who is the 三员's system
 * administrator), each change audited. An account made into, or reset as, a security or audit
 * administrator waits for a security administrator's confirmation before it can sign in
 * ({@link SecurityDesk#confirm}), so the system administrator cannot give anyone, themselves
 * included, a second administrative role alone. Until a security administrator exists (a new
 * installation), the first is made without one.
 */
@Service
public class AccountRegistry {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private final Accounts accounts;
    private final UnitsToBind units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordPolicy policy;

    AccountRegistry(Accounts accounts, UnitsToBind units, PasswordEncoder encoder, AuditLog audit, Clock clock,
                    PasswordPolicy policy) {
        this.policy = policy;
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account create(AccountForm form) {
        return createUnchecked(form, true);
    }

    /**
     * For seeding (demo data): no permission check, password need not be changed, and only the floor of
     * {@link PasswordRule} applies (the demo city's published password), not the policy.
     */
    @Transactional
    public Account createSeeded(AccountForm form) {
        return createUnchecked(form, false);
    }

    private Account createUnchecked(AccountForm form, boolean mustChangePassword) {
        String username = form.username() == null ? "" : form.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new Refusal("username", "用户名须为 3-64 位小写字母、数字或 . _ -");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new Conflict("username", "用户名 " + username + " 已存在");
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            throw new Refusal("displayName", "请填写姓名");
        }
        if (form.role() == null) {
            throw new Refusal("role", "请选择角色");
        }
        if (form.role() == Role.REPORTER && (form.unitId() == null || !units.exists(form.unitId()))) {
            throw new Refusal("unitId", "单位填报员须绑定一个单位");
        }
        String passwordProblem = mustChangePassword ? policy.problem(username, form.password())
                : PasswordRule.problem(form.password());
        if (passwordProblem != null) {
            throw new Refusal("password", "初始密码：" + passwordProblem.replace("新密码", ""));
        }
        Long unitId = form.role() == Role.REPORTER ? form.unitId() : null;
        Account made = Account.create(username, encoder.encode(form.password()), form.displayName().strip(),
                form.role(), unitId, mustChangePassword, Instant.now(clock));
        Account account = accounts.save(mustChangePassword ? guarded(made, null) : made);
        policy.remember(account);
        audit.record("account.created", "account", account.id(), null, account.auditView());
        return account;
    }

    /**
     * A new name, role or unit (committee admin); the account's open sessions end at their next request
     * when the role or unit changed ({@link SessionCheck}).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account update(Long id, AccountChange change) {
        Account before = find(id);
        if (change.displayName() == null || change.displayName().isBlank()) {
            throw new Refusal("displayName", "请填写姓名");
        }
        if (change.role() == null) {
            throw new Refusal("role", "请选择角色");
        }
        if (change.role() == Role.REPORTER && (change.unitId() == null || !units.exists(change.unitId()))) {
            throw new Refusal("unitId", "单位填报员须绑定一个单位");
        }
        if (change.role() != before.role() && before.username().equals(signedIn())) {
            throw new Refusal("role", "不能更改自己的角色");
        }
        Long unitId = change.role() == Role.REPORTER ? change.unitId() : null;
        Account changed = before.withProfile(change.displayName().strip(), change.role(), unitId);
        Account after = accounts.save(change.role() == before.role() ? changed : guarded(changed, before.id()));
        audit.record("account.updated", "account", id, before.auditView(), after.auditView());
        return after;
    }

    /** A temporary password set by the committee admin; the user must choose their own at next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account resetPassword(Long id, String temporaryPassword) {
        Account before = find(id);
        String problem = policy.problem(before, temporaryPassword);
        if (problem != null) {
            throw new Refusal("password", "临时密码：" + problem);
        }
        Account after = accounts.save(guarded(before.withTemporaryPassword(encoder.encode(temporaryPassword)), before.id()));
        policy.remember(after);
        audit.record("account.passwordReset", "account", id, before.auditView(), after.auditView());
        return after;
    }

    /**
     * A security or audit administrator's account as the system administrator leaves it: waiting for a
     * security administrator's confirmation, when there is one other than the account itself.
     */
    private Account guarded(Account account, Long self) {
        if (!account.role().isGuardian()) {
            return account;
        }
        boolean securityAdministratorExists = accounts.findByRole(Role.SECURITY).stream()
                .anyMatch(other -> other.active() && !other.id().equals(self));
        return account.awaitingConfirmation(securityAdministratorExists);
    }

    private static String signedIn() {
        org.springframework.security.core.Authentication auth =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    private Account find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("账号 " + id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account setEnabled(Long id, boolean enabled) {
        Account before = find(id);
        Account after = accounts.save(before.withEnabled(enabled));
        audit.record(enabled ? "account.enabled" : "account.disabled", "account", id, before.auditView(), after.auditView());
        return after;
    }

    /** An e-mail address set by the committee admin (blank clears it), with the name, role and unit in one transaction. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account update(Long id, AccountChange change, String email) {
        String address = Emails.checked(email);
        update(id, change);
        return saveEmail(find(id), address);
    }

    /** The signed-in user's own e-mail address (blank clears it). */
    @Transactional
    public Account setOwnEmail(CurrentUser user, String email) {
        return saveEmail(find(user.id()), Emails.checked(email));
    }

    private Account saveEmail(Account before, String address) {
        if (Objects.equals(before.email(), address)) {
            return before;
        }
        Account after = accounts.save(before.withEmail(address));
        audit.record("account.emailChanged", "account", before.id(), before.auditView(), after.auditView());
        return after;
    }

    /** Who is to hear of something: the account by its username, if it still exists. */
    public Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** The enabled accounts of a role (reviewers, the committee's admins). */
    public List<Account> withRole(Role role) {
        return accounts.findByRole(role).stream().filter(Account::enabled).toList();
    }

    /** The enabled reporters of a unit. */
    public List<Account> reportersOf(Long unitId) {
        return accounts.findByUnitId(unitId).stream().filter(Account::enabled).toList();
    }
}
