package com.xingping.identity;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After a right password on the sign-in page: the second step when one is owed ({@link SecondFactorFilter}),
 * else the page asked for (or the home page), ending the account's oldest sessions beyond the limit ({@link SessionLimit}).
 */
final class PageSignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {
    private final SecondFactors factors;
    private final SessionLimit limit;

    PageSignInSuccess(SecondFactors factors, SessionLimit limit) {
        this.factors = factors;
        this.limit = limit;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            String owed = factors.enabled(user.id()) ? SecondFactorFilter.CHECK
                    : factors.required(user.role()) ? SecondFactorFilter.ENROL : null;
            if (owed != null) {
                request.getSession().setAttribute(SecondFactorFilter.OWED, owed);
                getRedirectStrategy().sendRedirect(request, response,
                        SecondFactorFilter.CHECK.equals(owed) ? "/login/totp" : "/account/totp");
                return;
            }
            limit.signedIn(user.getUsername(), request.getSession().getId());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
