package com.xingping.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Times as pages show them, in the platform clock's zone: {@code ${@times.minute(token.createdAt())}}. */
@Component("times")
public class Times {
    private final Clock clock;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter zoned;

    Times(Clock clock) {
        this.clock = clock;
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.zoned = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzzz（'UTC'xxx）", Locale.SIMPLIFIED_CHINESE)
                .withZone(clock.getZone());
    }

    /** Now, with the zone named, for what leaves the screen (a printout): "2018-12-20 10:00 中国标准时间（UTC+08:00）". */
    public String nowWithZone() {
        return zoned.format(clock.instant());
    }

    public String minute(Instant at) {
        return at == null ? "" : minute.format(at);
    }
}
