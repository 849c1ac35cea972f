package com.xingping.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Refusal;

/**
 * Choosing one's own password, from the page or the API. Every other session of the account ends
 * with the change ({@link SessionCheck} compares the password each session signed in with).
 */
@Service
class PasswordChanges {
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy policy;

    PasswordChanges(Accounts accounts, PasswordEncoder encoder, AuditLog audit, PasswordPolicy policy) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = policy;
    }

    @Transactional
    Account change(CurrentUser user, String current, String password, String confirmation) {
        Account account = accounts.findById(user.id()).orElseThrow();
        String currentTooLong = PasswordRule.tooLong(current);
        if (currentTooLong != null) {
            throw new Refusal("current", "当前密码" + currentTooLong);
        }
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new Refusal("current", "当前密码不正确");
        }
        if (password != null && password.equals(current)) {
            throw new Refusal("password", "新密码不能与当前密码相同");
        }
        String problem = policy.problem(account, password);
        if (problem != null) {
            throw new Refusal("password", "新密码" + problem);
        }
        if (!password.equals(confirmation)) {
            throw new Refusal("confirmation", "两次输入的新密码不一致");
        }
        Account changed = accounts.save(account.withPassword(encoder.encode(password)));
        policy.remember(changed);
        audit.record("account.password-changed", "account", changed.id(), null, changed.auditView());
        return changed;
    }
}
