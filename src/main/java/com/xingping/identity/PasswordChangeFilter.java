package com.xingping.identity;

import java.io.IOException;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An account with a one-time password can do nothing but choose its own: pages send it to the
 * password page, the API refuses every call (403) but reading {@code /api/v1/me} and
 * {@code PUT /api/v1/me/password}.
 */
@Component
class PasswordChangeFilter extends OncePerRequestFilter {
    static final String API_PASSWORD = "/api/v1/me/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                if (!path.equals(API_PASSWORD) && !(path.equals("/api/v1/me") && HttpMethod.GET.matches(request.getMethod()))) {
                    SecurityErrors.problem(response, HttpStatus.FORBIDDEN,
                            "须先修改密码（一次性密码或密码已过期）：PUT " + API_PASSWORD + "（current、password、confirmation）");
                    return;
                }
            } else if (!path.startsWith("/account/password") && !path.startsWith("/logout")
                    && !path.startsWith("/login/totp") && !path.startsWith("/account/totp")
                    && !path.startsWith("/webjars/") && !path.startsWith("/css/") && !path.startsWith("/js/")) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
