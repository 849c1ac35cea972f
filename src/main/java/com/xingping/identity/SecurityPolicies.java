package com.xingping.identity;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The security policies in force, as the security administrator's page lists them: each with its
 * meaning, its value and the setting (environment variable) that changes it at deployment.
 */
@Component
class SecurityPolicies {
    record Policy(String meaning, String value, String variable) {
    }

    private final Environment environment;

    SecurityPolicies(Environment environment) {
        this.environment = environment;
    }

    List<Policy> inForce() {
        return List.of(
                policy("密码最短长度", "xingping.security.password.min-length", "10", "XINGPING_PASSWORD_MIN_LENGTH"),
                policy("密码至少包含的字符类别数（大写、小写、数字、其他）", "xingping.security.password.min-classes", "3",
                        "XINGPING_PASSWORD_MIN_CLASSES"),
                policy("不得重复使用最近几次的密码", "xingping.security.password.history", "5", "XINGPING_PASSWORD_HISTORY"),
                policy("密码有效期（0 为不过期）", "xingping.security.password.max-age", "90d", "XINGPING_PASSWORD_MAX_AGE"),
                policy("连续几次密码错误即锁定", "xingping.security.sign-in.max-failures", "5", "XINGPING_SIGN_IN_MAX_FAILURES"),
                policy("锁定时长", "xingping.security.sign-in.lock-for", "15m", "XINGPING_SIGN_IN_LOCK_FOR"),
                policy("同一地址失败几次后限制登录", "xingping.security.sign-in.throttle.failures", "20",
                        "XINGPING_SIGN_IN_THROTTLE_FAILURES"),
                policy("限制登录的统计时段", "xingping.security.sign-in.throttle.window", "5m", "XINGPING_SIGN_IN_THROTTLE_WINDOW"),
                policy("须使用动态口令的角色", "xingping.security.totp.required-for", "", "XINGPING_TOTP_REQUIRED_FOR"),
                policy("每个账号同时保持的会话数", "xingping.security.sessions.max-per-account", "3", "XINGPING_MAX_SESSIONS"));
    }

    private Policy policy(String meaning, String key, String fallback, String variable) {
        String value = environment.getProperty(key, fallback);
        return new Policy(meaning, value.isBlank() ? "（无）" : value, variable);
    }
}
