package com.xingping.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Checks a bearer token: two look-ups by key (the token by its SHA-256, then its account), so a call
 * costs microseconds, and a disabled account, a revoked or an expired token is refused at once. The
 * account is read on every call, so a token acts with the account's role and password state of now.
 */
@Service
class TokenAuthenticator {
    /** last_used_at is written at most this often per token, so most calls only read. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthenticator.class);
    private final ApiTokens tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final PasswordPolicy policy;

    TokenAuthenticator(ApiTokens tokens, Accounts accounts, Clock clock, PasswordPolicy policy) {
        this.policy = policy;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in account, or {@link TokenRefused} saying why not; DataAccessException if the database fails. */
    TokenAuthentication authenticate(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            throw new TokenRefused(TokenRefused.Reason.UNKNOWN);
        }
        ApiToken token = tokens.findBySha256(TokenSecret.sha256(secret))
                .orElseThrow(() -> new TokenRefused(TokenRefused.Reason.UNKNOWN));
        Instant now = Instant.now(clock);
        switch (token.state(now)) {
            case REVOKED -> throw new TokenRefused(TokenRefused.Reason.REVOKED);
            case EXPIRED -> throw new TokenRefused(TokenRefused.Reason.EXPIRED);
            case ACTIVE -> { }
        }
        Account account = accounts.findById(token.accountId()).orElseThrow(() -> new TokenRefused(TokenRefused.Reason.UNKNOWN));
        if (!account.active()) {
            throw new TokenRefused(TokenRefused.Reason.ACCOUNT_DISABLED);
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
            markUsed(token, now);
        }
        return new TokenAuthentication(CurrentUser.of(account, policy.expired(account)));
    }

    /** Only a note for the owner: a database that cannot take it must not refuse a call that could be read. */
    private void markUsed(ApiToken token, Instant now) {
        try {
            tokens.markUsed(token.id(), now);
        } catch (DataAccessException e) {
            LOG.warn("could not note the use of API token {}: {}", token.id(), e.getMessage());
        }
    }
}
