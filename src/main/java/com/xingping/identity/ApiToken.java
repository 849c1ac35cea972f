package com.xingping.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token of one account: only the SHA-256 (hex) of the secret is kept. It acts with
 * whatever role its account has at the time of the call, until it expires or is revoked.
 */
@Table("api_token")
public record ApiToken(@Id Long id, Long accountId, String name, String sha256, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    static ApiToken issue(Long accountId, String name, String sha256, Instant now, Instant expiresAt) {
        return new ApiToken(null, accountId, name, sha256, now, expiresAt, null, null);
    }

    ApiToken revoke(Instant now) {
        return new ApiToken(id, accountId, name, sha256, createdAt, expiresAt, lastUsedAt, now);
    }

    TokenState state(Instant now) {
        if (revokedAt != null) {
            return TokenState.REVOKED;
        }
        return now.isBefore(expiresAt) ? TokenState.ACTIVE : TokenState.EXPIRED;
    }

    /** What the audit log keeps of a token: never the secret nor its hash. */
    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accountId", accountId);
        view.put("name", name);
        view.put("expiresAt", expiresAt);
        view.put("revokedAt", revokedAt);
        return view;
    }
}
