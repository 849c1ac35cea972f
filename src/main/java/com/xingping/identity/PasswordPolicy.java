package com.xingping.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password policy (等保 level 3, settings {@code xingping.security.password.*}): a minimum length,
 * three of four kinds of character, not the account's name, none of its last few passwords, and an
 * age after which the password must be changed. Every path that sets a password asks it.
 * {@link #problem} answers what rule a password breaks, without the field's name: callers prefix it.
 */
@Component
class PasswordPolicy {
    private final Rules rules;
    private final PasswordEncoder encoder;
    private final PasswordHistory history;
    private final Clock clock;

    PasswordPolicy(@Value("${xingping.security.password.min-length:10}") int minLength,
                   @Value("${xingping.security.password.min-classes:3}") int minClasses,
                   @Value("${xingping.security.password.history:5}") int remembered,
                   @Value("${xingping.security.password.max-age:90d}") Duration maxAge,
                   PasswordEncoder encoder, PasswordHistory history, Clock clock) {
        this.rules = new Rules(minLength, minClasses, remembered, maxAge);
        this.encoder = encoder;
        this.history = history;
        this.clock = clock;
    }

    /** The settings, checked once: a policy weaker than the floor of 等保 level 3 is not started. */
    record Rules(int minLength, int minClasses, int remembered, Duration maxAge) {
        Rules {
            if (minLength < 8 || minClasses < 3 || minClasses > 4 || remembered < 1 || maxAge.isNegative()) {
                throw new IllegalArgumentException("xingping.security.password: min-length >= 8, min-classes 3 or 4, "
                        + "history >= 1 and max-age >= 0 (0: never expires)");
            }
        }

        /** What rule the password breaks for this account name, or null; history aside. */
        String problem(String username, String password) {
            if (password == null || password.isEmpty()) {
                return "请填写";
            }
            String tooLong = PasswordRule.tooLong(password);
            if (tooLong != null) {
                return tooLong;
            }
            if (password.codePointCount(0, password.length()) < minLength) {
                return "至少 " + minLength + " 位";
            }
            int classes = classes(password);
            if (classes < minClasses) {
                return "须包含大写字母、小写字母、数字、其他字符四类中的至少 " + minClasses + " 类（现只有 " + classes + " 类）";
            }
            if (username != null && !username.isBlank()
                    && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
                return "不能包含用户名";
            }
            return null;
        }

        static int classes(String password) {
            boolean upper = false;
            boolean lower = false;
            boolean digit = false;
            boolean other = false;
            for (int c : password.codePoints().toArray()) {
                if (c < 128 && Character.isUpperCase(c)) {
                    upper = true;
                } else if (c < 128 && Character.isLowerCase(c)) {
                    lower = true;
                } else if (c < 128 && Character.isDigit(c)) {
                    digit = true;
                } else {
                    other = true;
                }
            }
            return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        }
    }

    /** What rule a new account's first password breaks, or null. */
    String problem(String username, String password) {
        return rules.problem(username, password);
    }

    /** What rule a new password of an existing account breaks (its recent passwords included), or null. */
    String problem(Account account, String password) {
        String problem = rules.problem(account.username(), password);
        if (problem != null) {
            return problem;
        }
        List<String> recent = history.recent(account.id(), rules.remembered());
        if (encoder.matches(password, account.passwordHash()) || recent.stream().anyMatch(hash -> encoder.matches(password, hash))) {
            return "不能与最近 " + rules.remembered() + " 次用过的密码相同";
        }
        return null;
    }

    /** Notes the password the account was just saved with, for history and expiry. */
    void remember(Account saved) {
        history.add(saved.id(), saved.passwordHash(), Instant.now(clock), rules.remembered());
    }

    /** Has the account's password outlived {@code max-age}? Never when max-age is 0. */
    boolean expired(Account account) {
        if (rules.maxAge().isZero()) {
            return false;
        }
        Instant changed = history.changedAt(account.id()).orElse(account.createdAt());
        return changed.plus(rules.maxAge()).isBefore(Instant.now(clock));
    }
}
