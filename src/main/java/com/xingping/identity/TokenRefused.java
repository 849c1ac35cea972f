package com.xingping.identity;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that does not let its caller in, and why. */
final class TokenRefused extends AuthenticationException {
    /** Why; the English text goes into WWW-Authenticate's error_description, which RFC 6750 keeps to ASCII. */
    enum Reason {
        UNKNOWN("令牌无效", "Unknown token"),
        REVOKED("令牌已撤销", "The token was revoked"),
        EXPIRED("令牌已过期", "The token expired"),
        ACCOUNT_DISABLED("账号已停用", "The account is disabled");

        private final String message;
        private final String description;

        Reason(String message, String description) {
            this.message = message;
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final transient Reason reason;

    TokenRefused(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
