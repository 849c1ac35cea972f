package com.xingping.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;

/**
 * Keeps every password sign-in (page and HTTP Basic), successful or not, from the events Spring Security
 * publishes; a failure is kept even when the request that caused it is refused. API tokens and an
 * existing session are not sign-ins.
 */
@Component
class SignInLog {
    private final SignIns signIns;
    private final Accounts accounts;
    private final Clock clock;

    SignInLog(SignIns signIns, Accounts accounts, Clock clock) {
        this.signIns = signIns;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            signIns.save(new SignIn(null, user.getUsername(), user.id(), Instant.now(clock),
                    address(event.getAuthentication()), true));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        if (typed == null || typed.isBlank()) {
            return;
        }
        String username = typed.strip().toLowerCase();
        username = username.length() > 64 ? username.substring(0, 64) : username;
        Optional<Account> account = accounts.findByUsername(username);
        signIns.save(new SignIn(null, username, account.map(Account::id).orElse(null), Instant.now(clock),
                address(event.getAuthentication()), false));
    }

    /** The account's sign-ins, newest first. */
    PageOf<SignIn> of(Long accountId, Paging paging) {
        return PageOf.of(signIns.findByAccountIdOrderByAtDescIdDesc(accountId,
                PageRequest.of(paging.page() - 1, paging.size())).getContent(), paging, signIns.countByAccountId(accountId));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
