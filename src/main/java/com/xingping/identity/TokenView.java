package com.xingping.identity;

import java.time.Instant;

/** A token as its owner sees it in the list: never the secret, never the hash. */
public record TokenView(Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt, TokenState state) {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                token.revokedAt(), token.state(now));
    }
}
