package com.xingping.scoring.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.xingping.kernel.Value;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a rubric case file: a YAML list of cases, each with exactly {@code name}, {@code notice},
 * {@code given} and {@code expect}. Numbers stay exact decimals (the kernel's {@link Value}).
 */
final class CaseFiles {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final List<String> KEYS = List.of("name", "notice", "given", "expect");

    private CaseFiles() {
    }

    static List<RubricCase> read(Path path) {
        String file = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new BadCaseInput(path + ": cannot read: no such file");
        } catch (IOException e) {
            throw new BadCaseInput(path + ": cannot read: " + e.getMessage());
        }
    }

    static List<RubricCase> read(InputStream in, String file) {
        List<RubricCase> cases = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BadCaseInput(file + ": a case file is a list of cases (- name: …)");
            }
            Set<String> names = new HashSet<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                RubricCase rubricCase = rubricCase(file, line, Value.read(parser));
                if (!names.add(rubricCase.name())) {
                    throw new BadCaseInput(file + ":" + line + ": case " + rubricCase.name() + ": name given twice in the file");
                }
                cases.add(rubricCase);
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new BadCaseInput(file + where + ": not readable YAML: " + e.getOriginalMessage());
        }
        if (cases.isEmpty()) {
            throw new BadCaseInput(file + ": no cases");
        }
        return cases;
    }

    private static RubricCase rubricCase(String file, int line, Value item) {
        String place = file + ":" + line;
        if (!item.isObject()) {
            throw new BadCaseInput(place + ": a case must be a mapping with name, notice, given and expect");
        }
        Value name = item.get("name");
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            throw new BadCaseInput(place + ": name: missing (every case needs a name)");
        }
        String where = place + ": case " + name.stringValue();
        for (int i = 0; i < item.size(); i++) {
            if (!KEYS.contains(item.name(i))) {
                throw new BadCaseInput(where + ": unknown key " + item.name(i) + " (a case has " + String.join(", ", KEYS) + ")");
            }
        }
        Value notice = item.get("notice");
        if (notice == null || !notice.isString() || notice.stringValue().isBlank()) {
            throw new BadCaseInput(where + ": notice: missing (quote the notice's words the case checks)");
        }
        Value given = item.get("given");
        if (given == null || !given.isObject()) {
            throw new BadCaseInput(where + ": given: missing or not a mapping of facts");
        }
        Value expect = item.get("expect");
        if (expect == null || !expect.isObject() || expect.size() == 0) {
            throw new BadCaseInput(where + ": expect: missing or empty");
        }
        return new RubricCase(file, line, name.stringValue(), notice.stringValue(), given, expect);
    }
}
