package com.xingping.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in account's personal access tokens over the API. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "tokens", description = "个人访问令牌 / personal access tokens")
class TokenApi {
    static final String PASSWORD_NEEDED = "令牌不能创建新的令牌：请在 /account/tokens 页面创建，或以用户名和密码（HTTP Basic）调用本接口";
    private final PersonalTokens tokens;

    TokenApi(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    /** A new token's name and how many days it lasts (1–365, 90 when left out). */
    record TokenForm(String name, Integer expiresInDays) {
    }

    /** The one answer that carries the secret: keep it now, it cannot be shown again. */
    record NewToken(Long id, String name, Instant createdAt, Instant expiresAt, String token) {
    }

    @GetMapping
    @Operation(summary = "The signed-in account's tokens, newest first (never the secrets)")
    List<TokenView> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.of(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token for the signed-in account; the answer's token is shown this once. "
            + "Needs the password (HTTP Basic): a token cannot make a new one",
            security = @SecurityRequirement(name = ApiDocs.BASIC))
    NewToken create(@AuthenticationPrincipal CurrentUser user, Authentication authentication, @RequestBody TokenForm form) {
        if (authentication instanceof TokenAuthentication) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, PASSWORD_NEEDED);
        }
        PersonalTokens.Issued issued = tokens.issue(user, form.name(), form.expiresInDays());
        TokenView token = issued.token();
        return new NewToken(token.id(), token.name(), token.createdAt(), token.expiresAt(), issued.secret());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the signed-in account's tokens; it stops working at once")
    TokenView revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return tokens.revoke(user, id);
    }
}
