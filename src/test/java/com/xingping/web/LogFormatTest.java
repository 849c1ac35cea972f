package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code XINGPING_LOG_FORMAT} through the application's own settings file: {@code json} turns every
 * console line into one JSON object (Elastic Common Schema), the default stays plain text. Starts
 * only the logging system and an empty context, not the platform.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFormatTest {
    private ConfigurableApplicationContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        // the next Spring application in this JVM sets up logging again from its own settings
        new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run().close();
    }

    @Test
    void jsonWritesEachLineAsOneJsonObject(CapturedOutput output) {
        context = start("--XINGPING_LOG_FORMAT=json");
        LogFactory.getLog(LogFormatTest.class).info("导入完成：13 个单位");

        String line = output.getOut().lines().filter(l -> l.contains("导入完成")).findFirst().orElseThrow();
        assertThat(line).startsWith("{\"@timestamp\":\"").endsWith("}")
                .contains("\"log\":{\"level\":\"INFO\",\"logger\":\"com.xingping.web.LogFormatTest\"}")
                .contains("\"message\":\"导入完成：13 个单位\"", "\"service\":{\"name\":\"xingping\"");
    }

    @Test
    void plainTextByDefault(CapturedOutput output) {
        context = start();
        LogFactory.getLog(LogFormatTest.class).info("导入完成：13 个单位");

        String line = output.getOut().lines().filter(l -> l.contains("导入完成")).findFirst().orElseThrow();
        assertThat(line).doesNotStartWith("{").contains(" INFO ", "com.xingping.web.LogFormatTest", ": 导入完成：13 个单位");
    }

    @Test
    void anUnknownFormatStopsTheStart() {
        assertThatThrownBy(() -> start("--XINGPING_LOG_FORMAT=xml")).hasStackTraceContaining("xingping.log-formats.xml");
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run(args);
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
