package com.xingping.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A sign-in account. A reporter is bound to exactly one unit; nobody else is. The e-mail (optional) receives the inbox's messages too. */
@Table("app_user")
public record Account(@Id Long id, String username, String passwordHash, String displayName, Role role, Long unitId,
                      boolean enabled, boolean mustChangePassword, Instant createdAt, @Version Integer version,
                      String email, boolean awaitingConfirmation) {

    public Account {
        if ((role == Role.REPORTER) != (unitId != null)) {
            throw new IllegalArgumentException(role == Role.REPORTER
                    ? "a reporter account needs its unit" : "only a reporter account is bound to a unit");
        }
    }

    public static Account create(String username, String passwordHash, String displayName, Role role, Long unitId,
                                 boolean mustChangePassword, Instant now) {
        return new Account(null, username, passwordHash, displayName, role, unitId, true, mustChangePassword, now, null, null, false);
    }

    Account withPassword(String newHash) {
        return new Account(id, username, newHash, displayName, role, unitId, enabled, false, createdAt, version, email, awaitingConfirmation);
    }

    /** A password set by an admin: the user must choose their own at next sign-in. */
    Account withTemporaryPassword(String newHash) {
        return new Account(id, username, newHash, displayName, role, unitId, enabled, true, createdAt, version, email, awaitingConfirmation);
    }

    Account withProfile(String newDisplayName, Role newRole, Long newUnitId) {
        return new Account(id, username, passwordHash, newDisplayName, newRole, newUnitId, enabled, mustChangePassword,
                createdAt, version, email, awaitingConfirmation);
    }

    Account withEnabled(boolean value) {
        return new Account(id, username, passwordHash, displayName, role, unitId, value, mustChangePassword, createdAt, version, email, awaitingConfirmation);
    }

    Account withEmail(String newEmail) {
        return new Account(id, username, passwordHash, displayName, role, unitId, enabled, mustChangePassword, createdAt,
                version, newEmail, awaitingConfirmation);
    }

    /** Made or changed into a security or audit administrator by the system administrator: a security administrator must confirm it. */
    Account awaitingConfirmation(boolean value) {
        return new Account(id, username, passwordHash, displayName, role, unitId, enabled, mustChangePassword, createdAt,
                version, email, value);
    }

    /** May sign in: enabled and, for an administrator of the 三员, confirmed. */
    boolean active() {
        return enabled && !awaitingConfirmation;
    }

    /** What the audit log keeps of an account: never the password hash. */
    public java.util.Map<String, Object> auditView() {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("username", username);
        view.put("displayName", displayName);
        view.put("role", role);
        view.put("unitId", unitId);
        view.put("enabled", enabled);
        view.put("email", email);
        view.put("awaitingConfirmation", awaitingConfirmation);
        return view;
    }
}
