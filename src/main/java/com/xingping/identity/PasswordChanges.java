package com.xingping.identity;

import java.nio.charset.StandardCharsets;

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
    static final int MIN_LENGTH = 10;
    /** bcrypt reads no more than this: a longer password would be cut, so it is refused instead. */
    static final int MAX_BYTES = 72;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    PasswordChanges(Accounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    Account change(CurrentUser user, String current, String password, String confirmation) {
        Account account = accounts.findById(user.id()).orElseThrow();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new Refusal("current", "当前密码不正确");
        }
        String problem = problem(password);
        if (problem != null) {
            throw new Refusal("password", problem);
        }
        if (!password.equals(confirmation)) {
            throw new Refusal("confirmation", "两次输入的新密码不一致");
        }
        if (password.equals(current)) {
            throw new Refusal("password", "新密码不能与当前密码相同");
        }
        Account changed = accounts.save(account.withPassword(encoder.encode(password)));
        audit.record("account.password-changed", "account", changed.id(), null, changed.auditView());
        return changed;
    }

    /** What is wrong with a new password, or null. */
    static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "新密码至少 " + MIN_LENGTH + " 位";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "密码不能超过 " + MAX_BYTES + " 个字节（约 24 个汉字或 72 个字母）";
        }
        return null;
    }
}
