package com.xingping.identity;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A page session whose password was right but whose second factor is still owed can do nothing else:
 * it is sent to the code page ({@code /login/totp}), or, when its role requires a factor it has not
 * enrolled, to the enrolment page ({@code /account/totp}). Runs before {@link PasswordChangeFilter}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class SecondFactorFilter extends OncePerRequestFilter {
    static final String OWED = "xingping.second-factor.owed";
    static final String CHECK = "check";
    static final String ENROL = "enrol";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object owed = session == null ? null : session.getAttribute(OWED);
        if (owed != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String page = CHECK.equals(owed) ? "/login/totp" : "/account/totp";
            if (!path.startsWith(page) && !path.startsWith("/logout") && !path.startsWith("/webjars/")
                    && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/api/")) {
                response.sendRedirect(request.getContextPath() + page);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
