package com.xingping.identity;

import java.io.IOException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic cannot carry a second factor: an account that has one, or whose role requires one, is
 * refused there (401) and told to use a personal access token. Tokens are not affected.
 */
final class ApiSecondFactorCheck extends OncePerRequestFilter {
    private final SecondFactors factors;

    ApiSecondFactorCheck(SecondFactors factors) {
        this.factors = factors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof UsernamePasswordAuthenticationToken && auth.getPrincipal() instanceof CurrentUser user) {
            boolean owed;
            try {
                owed = factors.required(user.role()) || factors.enabled(user.id());
            } catch (DataAccessException e) {
                SecurityErrors.unavailable(request, response);
                return;
            }
            if (owed) {
                SecurityContextHolder.clearContext();
                SecurityErrors.problem(response, HttpStatus.UNAUTHORIZED, "此账号登录须动态口令，接口不接受用户名和密码。"
                        + ApiEntryPoint.USE_A_TOKEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
