package com.xingping.identity;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks a page session against its account on every request: a session ends at once when its account
 * is disabled, its password was changed elsewhere, or its role or unit changed. The account is read by
 * its key, so this costs one small query, and it holds on every server that shares the database. If
 * the database cannot be read the request fails as unavailable (503), never as "not signed in".
 */
final class SessionCheck extends OncePerRequestFilter {
    static final String ENDED = "/login?ended";
    private final Accounts accounts;

    SessionCheck(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            Optional<Account> account;
            try {
                account = accounts.findById(user.id());
            } catch (DataAccessException e) {
                SecurityErrors.unavailable(request, response);
                return;
            }
            if (account.filter(a -> stillValid(user, a)).isEmpty()) {
                end(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean stillValid(CurrentUser user, Account account) {
        return account.active() && account.passwordHash().equals(user.passwordHash()) && account.role() == user.role()
                && Objects.equals(account.unitId(), user.unitId());
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String target = request.getContextPath() + ENDED;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(target);
        }
    }
}
