package com.xingping.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times as pages show them, in the platform clock's zone: {@code ${@times.minute(token.createdAt())}}. */
@Component("times")
public class Times {
    private final DateTimeFormatter minute;

    Times(Clock clock) {
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    public String minute(Instant at) {
        return at == null ? "" : minute.format(at);
    }
}
