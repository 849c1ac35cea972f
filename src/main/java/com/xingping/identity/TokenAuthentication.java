package com.xingping.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API call signed in with a personal access token: the account, acting with its current role. */
final class TokenAuthentication extends AbstractAuthenticationToken {
    private final CurrentUser user;

    TokenAuthentication(CurrentUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }
}
