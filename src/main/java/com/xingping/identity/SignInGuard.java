package com.xingping.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stops a password sign-in (the sign-in form's POST, an HTTP Basic call) before its password is checked
 * when the password is longer than bcrypt reads (a message naming the field, never a 500) or when its
 * address has failed too often of late ({@link Lockouts}): the page says so, the API answers 429 with
 * {@code Retry-After}. Either is kept in the sign-in history.
 */
final class SignInGuard extends OncePerRequestFilter {
    private final Lockouts lockouts;
    private final SignInLog signIns;
    private final boolean api;

    SignInGuard(Lockouts lockouts, SignInLog signIns, boolean api) {
        this.lockouts = lockouts;
        this.signIns = signIns;
        this.api = api;
    }

    private record Credentials(String username, String password) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Credentials> offered = api ? basic(request) : form(request);
        if (offered.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Credentials credentials = offered.get();
        String address = request.getRemoteAddr();
        try {
            String tooLong = PasswordRule.tooLong(credentials.password());
            if (tooLong != null) {
                signIns.refused(credentials.username(), address, SignIn.Outcome.TOO_LONG);
                if (api) {
                    SecurityErrors.problem(response, HttpStatus.BAD_REQUEST, "密码" + tooLong);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?tooLong");
                }
                return;
            }
            Optional<Duration> wait = lockouts.throttled(address);
            if (wait.isPresent()) {
                signIns.refused(credentials.username(), address, SignIn.Outcome.THROTTLED);
                long seconds = Math.max(1, wait.get().toSeconds());
                if (api) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    SecurityErrors.problem(response, HttpStatus.TOO_MANY_REQUESTS,
                            "此地址登录失败次数过多，请 " + seconds + " 秒后再试");
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?throttled=" + (seconds + 59) / 60);
                }
                return;
            }
        } catch (DataAccessException e) {
            SecurityErrors.unavailable(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<Credentials> form(HttpServletRequest request) {
        if (!HttpMethod.POST.matches(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login")) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(request.getParameter("username"), request.getParameter("password")));
    }

    private static Optional<Credentials> basic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
