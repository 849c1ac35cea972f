package com.xingping.identity;

import java.nio.charset.StandardCharsets;

/** What a password must be, wherever one is chosen (pages, API, the {@code generate} command). */
public final class PasswordRule {
    static final int MIN_LENGTH = 10;
    /** bcrypt reads no more than this: a longer password would be cut, so it is refused instead. */
    static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    /** What is wrong with the password, or null when it will do. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "新密码至少 " + MIN_LENGTH + " 位";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "密码不能超过 " + MAX_BYTES + " 个字节（约 24 个汉字或 72 个字母）";
        }
        return null;
    }
}
