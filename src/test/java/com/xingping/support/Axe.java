package com.xingping.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core (the script the com.deque.html.axe-core jar carries) run in a page: the WCAG 2 A and AA
 * rules and best practices, reporting the violations of serious or critical impact, each with its
 * rule, what it means and where.
 */
public final class Axe {
    private static final String SCRIPT = script();

    private Axe() {
    }

    /** One line per serious or critical violation of the page as it is shown now. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // evaluated through the browser's protocol, which the page's Content-Security-Policy does not govern
            // (a script tag with the source inline would be refused, as it should be)
            page.evaluate(SCRIPT + "\n;true");
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})).violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                                  .replace(/\\s+/g, ' ').slice(0, 160))}))""");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            lines.add(violation.get("impact") + " " + violation.get("id") + " (" + violation.get("help") + "): "
                    + violation.get("nodes"));
        }
        return lines;
    }

    private static String script() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
