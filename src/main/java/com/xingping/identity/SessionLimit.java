package com.xingping.identity;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * At most {@code xingping.security.sessions.max-per-account} page sessions per account: a new sign-in
 * ends the oldest beyond it. The sessions are the database's (Spring Session JDBC), so this holds
 * across instances.
 */
@Component
class SessionLimit {
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final int max;

    SessionLimit(FindByIndexNameSessionRepository<? extends Session> sessions,
                 @Value("${xingping.security.sessions.max-per-account:3}") int max) {
        if (max < 1) {
            throw new IllegalArgumentException("xingping.security.sessions.max-per-account must be at least 1");
        }
        this.sessions = sessions;
        this.max = max;
    }

    /** Ends the account's oldest sessions so that, with the one just signed in, no more than the maximum remain. */
    void signedIn(String username, String currentSessionId) {
        List<? extends Session> others = sessions.findByPrincipalName(username).values().stream()
                .filter(session -> !session.getId().equals(currentSessionId))
                .sorted(Comparator.comparing(Session::getCreationTime).reversed()).toList();
        others.stream().skip(max - 1L).forEach(session -> sessions.deleteById(session.getId()));
    }
}
