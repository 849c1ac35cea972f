package com.xingping.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@code xp_} and 32 random bytes in base64url (46 characters),
 * so a leaked one is easy to grep for. Only its SHA-256 is stored; a random 256-bit secret needs no
 * slow hash, which is what makes a token check cost microseconds instead of bcrypt's tens of milliseconds.
 */
final class TokenSecret {
    static final String PREFIX = "xp_";
    private static final Pattern SHAPE = Pattern.compile("xp_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Could this be a token at all? Anything else is refused without a database look-up. */
    static boolean wellFormed(String secret) {
        return SHAPE.matcher(secret).matches();
    }

    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
