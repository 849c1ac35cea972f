package com.xingping.identity;

import java.io.IOException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs an API call in with {@code Authorization: Bearer xp_…}. A call that offers a token which does
 * not let it in is answered 401 at once, never let through as anonymous. Only in the /api/** chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private static final String SCHEME = "Bearer ";
    private final TokenAuthenticator authenticator;
    private final ApiEntryPoint entryPoint;

    BearerTokenFilter(TokenAuthenticator authenticator, ApiEntryPoint entryPoint) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TokenAuthentication authentication = authenticator.authenticate(header.substring(SCHEME.length()).strip());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        } catch (DataAccessException e) {
            SecurityErrors.unavailable(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
