package com.xingping.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {
    private final Accounts accounts;
    private final PasswordPolicy policy;

    AccountDetailsService(Accounts accounts, PasswordPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(account -> CurrentUser.of(account, policy.expired(account)))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
