package com.xingping.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Refusal;

/**
 * The TOTP second factor of page sign-ins: enrolment (a secret, confirmed by a first code, then ten
 * recovery codes shown once and kept hashed), the check after the password, and which roles must have
 * it ({@code xingping.security.totp.required-for}). State in app_user and totp_recovery_code (V19).
 */
@Service
class SecondFactors {
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<Role> requiredFor;

    SecondFactors(JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit, Clock clock,
                  @Value("${xingping.security.totp.required-for:}") String requiredFor) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.requiredFor = Arrays.stream(requiredFor.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** Must accounts of this role sign in with a second factor? */
    boolean required(Role role) {
        return requiredFor.contains(role);
    }

    boolean enabled(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select totp_enabled from app_user where id = ?", Boolean.class, accountId));
    }

    /** A new secret for the account to enrol with (replacing one not yet confirmed); refused once enabled. */
    @Transactional
    String start(long accountId) {
        if (enabled(accountId)) {
            throw new Refusal("code", "动态口令已启用");
        }
        String secret = Totp.newSecret();
        jdbc.update("update app_user set totp_secret = ?, totp_last_step = null where id = ?", secret, accountId);
        return secret;
    }

    /** The secret being enrolled, if enrolment was started and not yet confirmed. */
    java.util.Optional<String> pendingSecret(long accountId) {
        return jdbc.queryForList("select totp_secret from app_user where id = ? and not totp_enabled and totp_secret is not null",
                String.class, accountId).stream().findFirst();
    }

    /** Turns the factor on once a code of the new secret is right; the recovery codes, to be shown once. */
    @Transactional
    List<String> confirm(long accountId, String code) {
        String secret = pendingSecret(accountId).orElseThrow(() -> new Refusal("code", "请先开始绑定动态口令"));
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(clock));
        if (step.isEmpty()) {
            throw new Refusal("code", "动态口令不正确：请输入验证器应用当前显示的 6 位数字，并核对手机时间");
        }
        jdbc.update("update app_user set totp_enabled = true, totp_last_step = ? where id = ?", step.getAsLong(), accountId);
        jdbc.update("delete from totp_recovery_code where account_id = ?", accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            jdbc.update("insert into totp_recovery_code (account_id, code_hash) values (?, ?)", accountId, encoder.encode(recovery));
        }
        audit.record("account.totp-enabled", "account", accountId, null, Map.of("recoveryCodes", RECOVERY_CODES));
        return codes;
    }

    /**
     * Is this the account's code now (not one already used) or one of its unused recovery codes? A code
     * accepted is spent: its step, or the recovery code, is not accepted again.
     */
    @Transactional
    boolean check(long accountId, String typed) {
        String secret = jdbc.queryForObject("select totp_secret from app_user where id = ? and totp_enabled", String.class, accountId);
        OptionalLong step = Totp.matchingStep(secret, typed, Instant.now(clock));
        if (step.isPresent()) {
            return jdbc.update("update app_user set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)",
                    step.getAsLong(), accountId, step.getAsLong()) == 1;
        }
        String recovery = typed == null ? "" : typed.strip().toLowerCase().replace(" ", "");
        if (!recovery.matches("[a-z0-9]{5}-[a-z0-9]{5}")) {
            return false;
        }
        for (Map<String, Object> row : jdbc.queryForList(
                "select id, code_hash from totp_recovery_code where account_id = ? and used_at is null", accountId)) {
            if (encoder.matches(recovery, (String) row.get("code_hash"))) {
                jdbc.update("update totp_recovery_code set used_at = ? where id = ?", Timestamp.from(Instant.now(clock)), row.get("id"));
                audit.record("account.totp-recovery-used", "account", accountId, null, Map.of("left", unusedRecoveryCodes(accountId)));
                return true;
            }
        }
        return false;
    }

    /**
     * Turns the account's factor off (committee admin, for a user who lost both phone and recovery
     * codes): it enrols again at its next sign-in if its role requires one. False when it had none.
     */
    @Transactional
    boolean reset(long accountId) {
        boolean had = enabled(accountId);
        jdbc.update("update app_user set totp_enabled = false, totp_secret = null, totp_last_step = null where id = ?", accountId);
        jdbc.update("delete from totp_recovery_code where account_id = ?", accountId);
        if (had) {
            audit.record("account.totp-reset", "account", accountId, Map.of("totp", "enabled"), Map.of("totp", "none"));
        }
        return had;
    }

    int unusedRecoveryCodes(long accountId) {
        Integer left = jdbc.queryForObject("select count(*) from totp_recovery_code where account_id = ? and used_at is null",
                Integer.class, accountId);
        return left == null ? 0 : left;
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }
}
