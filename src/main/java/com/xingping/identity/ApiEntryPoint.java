package com.xingping.identity;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's 401: problem+json saying why, with {@code WWW-Authenticate} offering a bearer token
 * (what clients are told to use) and HTTP Basic (kept for older clients). A database that could not be
 * read to check the caller is a 503, not a 401.
 */
final class ApiEntryPoint implements AuthenticationEntryPoint {
    static final String USE_A_TOKEN = "请使用个人访问令牌（请求头 Authorization: Bearer xp_…），令牌在 /account/tokens 页面创建";
    private static final String REALM = "realm=\"xingping\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            SecurityErrors.unavailable(request, response);
            return;
        }
        String detail;
        if (e instanceof LockedException locked) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
            detail = locked.getMessage();
        } else if (e instanceof TokenRefused refused) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM + ", error=\"invalid_token\", error_description=\""
                    + refused.reason().description() + "\"");
            detail = refused.getMessage() + "。" + USE_A_TOKEN;
        } else {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
            String offered = request.getHeader(HttpHeaders.AUTHORIZATION);
            detail = offered != null && offered.regionMatches(true, 0, "Basic ", 0, 6) ? "用户名或密码不正确，或账号已停用"
                    : "需要登录。" + USE_A_TOKEN;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM + ", charset=\"UTF-8\"");
        SecurityErrors.problem(response, HttpStatus.UNAUTHORIZED, detail);
    }
}
