package com.xingping.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's clock, in the committee's time zone ({@code xingping.time-zone}, Beijing time unless
 * set): "today" and every time shown follow it, whatever the server's own zone. The JVM's default zone
 * is left alone, since database sessions take theirs from it when they open.
 */
@Configuration
class ClockConfig {
    @Bean
    Clock clock(@Value("${xingping.time-zone}") ZoneId zone) {
        return Clock.system(zone);
    }
}
