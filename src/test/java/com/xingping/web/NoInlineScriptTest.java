package com.xingping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts from files only: no template may carry an inline script
 * (JSON data blocks excepted), an event-handler attribute or a javascript: link, which browsers would refuse.
 */
class NoInlineScriptTest {
    private static final Pattern SCRIPT = Pattern.compile("<script(?![^>]*\\b(?:th:)?src=)(?![^>]*type=\"application/json\")[^>]*>");
    private static final Pattern HANDLER = Pattern.compile("[\\s\"|,](?:th:)?on(?:click|submit|change|input|load|error|focus|blur|key[a-z]+|mouse[a-z]+)=");
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("(?i)href=\"javascript:");

    @Test
    void noTemplateHasAnInlineScriptOrHandler() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                for (Pattern pattern : List.of(SCRIPT, HANDLER, JAVASCRIPT_URL)) {
                    Matcher m = pattern.matcher(html);
                    while (m.find()) {
                        found.add(template + ": " + m.group().strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
