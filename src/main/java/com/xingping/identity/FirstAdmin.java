package com.xingping.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;

/**
 * On an empty database, creates the first administrator, {@code admin}. Its password comes from
 * {@code XINGPING_ADMIN_PASSWORD} or is generated and printed once; a generated one must be changed
 * at first sign-in.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String configuredPassword;
    private final PasswordPolicy policy;

    FirstAdmin(Accounts accounts, PasswordEncoder encoder, AuditLog audit, Clock clock, PasswordPolicy policy,
               @Value("${XINGPING_ADMIN_PASSWORD:${xingping.admin-password:}}") String configuredPassword) {
        this.policy = policy;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        String problem = policy.problem("admin", password);
        if (problem != null) {
            throw new IllegalStateException("XINGPING_ADMIN_PASSWORD（首个管理员 admin 的密码）" + problem);
        }
        Account admin = accounts.save(Account.create("admin", encoder.encode(password), "系统管理员", Role.ADMIN, null,
                generated, Instant.now(clock)));
        policy.remember(admin);
        audit.record("account.created", "account", admin.id(), null, admin.auditView());
        if (generated) {
            String banner = "\n=================================================================\n"
                    + "  首次启动：已创建管理员账号 / first start: administrator created\n"
                    + "  username: admin\n"
                    + "  password: " + password + "   (一次性密码，首次登录后须修改 / change at first sign-in)\n"
                    + "=================================================================";
            System.out.println(banner);
            log.info("Created the first administrator 'admin' with a one-time password (printed to the console)");
        } else {
            log.info("Created the first administrator 'admin' with the password from XINGPING_ADMIN_PASSWORD");
        }
    }

    /** 16 random characters that satisfy the policy (drawn again in the rare case they do not). */
    private String generate() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (policy.problem("admin", password.toString()) == null) {
                return password.toString();
            }
        }
    }
}
