package com.xingping.identity;

import java.nio.charset.StandardCharsets;

/**
 * The floor of every password (length and bcrypt's limit), for the {@code generate} command and demo
 * seeding; accounts people use are held to {@link PasswordPolicy} besides.
 */
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
        String tooLong = tooLong(password);
        return tooLong == null ? null : "密码" + tooLong;
    }

    /** "Too long" when the password is more than bcrypt reads (in UTF-8 bytes), else null. */
    static String tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
                ? "不能超过 " + MAX_BYTES + " 个字节（约 24 个汉字或 72 个字母）" : null;
    }
}
