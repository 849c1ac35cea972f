package com.xingping.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;

/** Each account's own personal access tokens: issued (the secret is returned once), listed, revoked; audited. */
@Service
class PersonalTokens {
    static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 90;
    static final List<Integer> DAY_CHOICES = List.of(7, 30, 90, 180, 365);
    static final int MAX_NAME = 64;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    PersonalTokens(ApiTokens tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token and its secret, which exists nowhere else: the caller shows it once. */
    record Issued(TokenView token, String secret) {
    }

    @Transactional
    Issued issue(CurrentUser user, String name, Integer days) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new Refusal("name", "请填写令牌名称，例如用途或所在的机器");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new Refusal("name", "令牌名称不能超过 " + MAX_NAME + " 个字符");
        }
        int validDays = days == null ? DEFAULT_DAYS : days;
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new Refusal("expiresInDays", "有效期须为 1 至 " + MAX_DAYS + " 天");
        }
        Instant now = Instant.now(clock);
        String secret = TokenSecret.generate();
        ApiToken token = tokens.save(ApiToken.issue(user.id(), trimmed, TokenSecret.sha256(secret), now,
                now.plus(Duration.ofDays(validDays))));
        audit.record("api-token.created", "api_token", token.id(), null, token.auditView());
        return new Issued(TokenView.of(token, now), secret);
    }

    /** Revokes one of the user's own tokens at once; revoking a revoked token changes nothing. */
    @Transactional
    TokenView revoke(CurrentUser user, Long id) {
        ApiToken token = tokens.findById(id).filter(t -> t.accountId().equals(user.id()))
                .orElseThrow(() -> new NotFound("令牌 " + id));
        Instant now = Instant.now(clock);
        if (token.revokedAt() != null) {
            return TokenView.of(token, now);
        }
        return TokenView.of(revokeNow(token, now), now);
    }

    /** Revokes a token in use, audited: its owner's doing, or the security administrator's ({@link SecurityDesk}). */
    ApiToken revokeNow(ApiToken token, Instant now) {
        ApiToken revoked = tokens.save(token.revoke(now));
        audit.record("api-token.revoked", "api_token", token.id(), token.auditView(), revoked.auditView());
        return revoked;
    }

    List<TokenView> of(CurrentUser user) {
        Instant now = Instant.now(clock);
        return tokens.findByAccountIdOrderByCreatedAtDescIdDesc(user.id()).stream().map(t -> TokenView.of(t, now)).toList();
    }
}
