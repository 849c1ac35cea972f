package com.xingping.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One attempt to sign in with a password: the name typed, the account it named (if any), when, from
 * where, how it ended ({@code outcome}: null for a success or a wrong password, else one of
 * {@link Outcome}'s codes).
 */
@Table("sign_in")
record SignIn(@Id Long id, String username, Long accountId, Instant at, String address, boolean succeeded, String outcome) {

    /** Why an attempt was refused besides a wrong name or password. */
    enum Outcome {
        LOCKED("locked", "账号已锁定"),
        THROTTLED("throttled", "尝试过于频繁"),
        TOO_LONG("too-long", "密码过长"),
        SECOND_FACTOR("totp", "动态口令错误");

        final String code;
        final String text;

        Outcome(String code, String text) {
            this.code = code;
            this.text = text;
        }
    }

    /** Why it was refused, as the sign-in tables show it; null for a success or a wrong name or password. */
    public String refusal() {
        for (Outcome known : Outcome.values()) {
            if (known.code.equals(outcome)) {
                return "失败（" + known.text + "）";
            }
        }
        return null;
    }
}
