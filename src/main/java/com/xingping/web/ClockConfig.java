package com.xingping.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's clock, in the committee's time zone ({@code xingping.time-zone}, Beijing time unless set). */
@Configuration
class ClockConfig {
    @Bean
    Clock clock(@Value("${xingping.time-zone}") ZoneId zone) {
        // pages (#temporals) and spreadsheets format stored instants in the JVM's zone: a server set to UTC
        // would show every time eight hours early
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return Clock.system(zone);
    }
}
