package com.xingping.identity;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checking a password (sign-in page and HTTP Basic alike): a locked account ({@link Lockouts}) is
 * refused before its password is even compared, so the right password does not open it early; the
 * sign-in page then says for how long.
 */
@Configuration
class PasswordSignIn {

    @Bean
    DaoAuthenticationProvider passwordProvider(AccountDetailsService accounts, PasswordEncoder encoder, Lockouts lockouts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("账号已停用");
            }
            if (user instanceof CurrentUser current) {
                try {
                    lockouts.lockedUntil(current.id()).ifPresent(until -> {
                        throw new LockedException(lockedMessage(lockouts, new Lockouts.Lock(current.id(), current.username(), until)));
                    });
                } catch (DataAccessException e) {
                    throw new InternalAuthenticationServiceException("the lock of an account could not be read", e);
                }
            }
        });
        return provider;
    }

    static String lockedMessage(Lockouts lockouts, Lockouts.Lock lock) {
        return "账号因连续 " + lockouts.maxFailures() + " 次密码错误已锁定，请 " + lock.minutesLeft(lockouts.now())
                + " 分钟后再试，或请安全管理员解除锁定";
    }

    /** The sign-in page's answer to a refused sign-in. */
    static AuthenticationFailureHandler pageFailures(Accounts accounts, Lockouts lockouts) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String target;
            if (e instanceof InternalAuthenticationServiceException) {
                target = "/login?unavailable";
            } else if (e instanceof LockedException || e instanceof BadCredentialsException) {
                target = lockedNow(request.getParameter("username"), accounts, lockouts)
                        .map(lock -> "/login?locked=" + lock.minutesLeft(lockouts.now())).orElse("/login?error");
            } else {
                target = "/login?error";
            }
            redirect(request, response, target);
        };
    }

    private static java.util.Optional<Lockouts.Lock> lockedNow(String typed, Accounts accounts, Lockouts lockouts) {
        if (typed == null || typed.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return accounts.findByUsername(typed.strip().toLowerCase()).flatMap(account -> lockouts.lockedUntil(account.id())
                    .map(until -> new Lockouts.Lock(account.id(), account.username(), until)));
        } catch (DataAccessException e) {
            return java.util.Optional.empty();
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        response.sendRedirect(request.getContextPath() + target);
    }
}
