package com.xingping.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * People's names as pages show them: records, reviews, facts and publications keep the account name
 * that acted ({@code shenhe}); a page shows the person ({@code 李审核}). Used in templates as
 * {@code ${@people.name(record.reviewedBy())}}. Names are kept a minute, so a page of fifty rows costs
 * at most one query per distinct account; an account name that is no account (a seed, a command) is
 * shown as it is.
 */
@Component("people")
public class People {
    private static final Duration KEPT = Duration.ofMinutes(1);
    private final Accounts accounts;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    People(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    private record Known(String name, Instant until) {
    }

    /** The person's name for an account name; the account name itself when no account has it; "" for none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        Instant now = Instant.now(clock);
        Known cached = known.get(username);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.name();
        }
        String name = accounts.findByUsername(username).map(Account::displayName)
                .filter(n -> !n.isBlank()).orElse(username);
        if (known.size() > 10_000) {
            known.clear();
        }
        known.put(username, new Known(name, now.plus(KEPT)));
        return name;
    }
}
