package com.xingping.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.xingping.sheet.Downloader;

/** The signed-in account as Spring Security sees it, with the unit a reporter is bound to. */
public record CurrentUser(Long id, String username, String passwordHash, String displayName, Role role, Long unitId,
                          boolean enabled, boolean mustChangePassword) implements UserDetails, Downloader {

    static CurrentUser of(Account account) {
        return new CurrentUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
                account.role(), account.unitId(), account.active(), account.mustChangePassword());
    }

    /** The account, held to choosing a new password when its own has expired (as if it were a one-time one). */
    static CurrentUser of(Account account, boolean passwordExpired) {
        CurrentUser user = of(account);
        return passwordExpired ? new CurrentUser(user.id, user.username, user.passwordHash, user.displayName, user.role,
                user.unitId, user.enabled, true) : user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** May this user see the given unit's data? The committee and leaders see all; a reporter only their own. */
    public boolean canRead(Long unit) {
        return role != Role.REPORTER || unitId.equals(unit);
    }

    /** May this user report for the given unit? Only its own reporter. */
    public boolean canReportFor(Long unit) {
        return role == Role.REPORTER && unitId.equals(unit);
    }

    public boolean isCommittee() {
        return role.isCommittee();
    }
}
