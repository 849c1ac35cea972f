package com.xingping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238's test vectors (appendix B) and the drift and replay rules around them. */
class TotpTest {
    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void theRfcTestVectors(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(time));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesOfTheBase32SecretAcceptOneStepEitherSide() {
        String secret = Totp.base32(SHA1_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Instant now = Instant.ofEpochSecond(1111111111);
        assertThat(Totp.code(secret, Totp.step(now))).isEqualTo("050471");
        assertThat(Totp.matchingStep(secret, "050471", now)).hasValue(Totp.step(now));
        assertThat(Totp.matchingStep(secret, "050 471", now.plusSeconds(30))).hasValue(Totp.step(now));
        assertThat(Totp.matchingStep(secret, "050471", now.plusSeconds(60))).isEmpty();
        assertThat(Totp.matchingStep(secret, "050472", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndTheUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
        assertThat(Totp.uri("星评", "zhang.san", "ABC")).isEqualTo(
                "otpauth://totp/%E6%98%9F%E8%AF%84:zhang.san?secret=ABC&issuer=%E6%98%9F%E8%AF%84&algorithm=SHA1&digits=6&period=30");
    }
}
