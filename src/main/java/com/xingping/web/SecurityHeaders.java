package com.xingping.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A Content-Security-Policy and a Permissions-Policy on every response. Scripts only from the platform
 * itself (no inline script, no eval: page behaviour lives in /js); inline styles stay allowed because
 * ECharts writes them into its SVG and htmx adds its indicator style.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {
    private final String contentSecurityPolicy;
    private final String permissionsPolicy;

    SecurityHeaders(@Value("${xingping.security.content-security-policy}") String contentSecurityPolicy,
                    @Value("${xingping.security.permissions-policy}") String permissionsPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.permissionsPolicy = permissionsPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Permissions-Policy", permissionsPolicy);
        chain.doFilter(request, response);
    }
}
