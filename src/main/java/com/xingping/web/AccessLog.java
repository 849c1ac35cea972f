package com.xingping.web;

import java.nio.file.Path;

import org.apache.catalina.valves.AccessLogValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's access log of the application's port, when {@code xingping.access-log.enabled}: one file a
 * day ({@code access.2018-03-01.log}) in {@code xingping.access-log.directory}, in the combined format
 * that log tools read, plus the milliseconds taken. Configured here rather than by Boot's
 * {@code server.tomcat.accesslog.*}, which takes a relative directory as relative to Tomcat's base
 * directory (our emptied {@code <data-dir>/tmp/tomcat}), not to the working directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "xingping.access-log.enabled", havingValue = "true")
class AccessLog {
    static final String PATTERN = "%h %l %u %t \"%r\" %s %b \"%{Referer}i\" \"%{User-Agent}i\" %{ms}T";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> accessLogValve(
            @Value("${xingping.access-log.directory}") Path directory, @Value("${xingping.access-log.max-days:90}") int maxDays) {
        return factory -> {
            AccessLogValve valve = new AccessLogValve();
            valve.setDirectory(directory.toAbsolutePath().normalize().toString());
            valve.setPrefix("access");
            valve.setSuffix(".log");
            valve.setFileDateFormat(".yyyy-MM-dd");
            valve.setPattern(PATTERN);
            valve.setEncoding("UTF-8");
            // each line written as the request ends, so none is lost with the process and a reader sees it at once
            valve.setBuffered(false);
            valve.setMaxDays(maxDays);
            // the client's address as RemoteIpValve found it behind nginx (XINGPING_FORWARD_HEADERS=native)
            valve.setRequestAttributesEnabled(true);
            factory.addEngineValves(valve);
        };
    }
}
