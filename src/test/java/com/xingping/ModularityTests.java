package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (one per package under com.xingping, see XingpingApplication) depend on each other only
 * through what they expose, without cycles; their diagrams and canvases are written to docs/modules.
 */
class ModularityTests {
    private static final ApplicationModules MODULES = ApplicationModules.of(XingpingApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesDependOnlyOnWhatTheyExpose() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sort(diagram, line -> line.startsWith("Rel("));
                sort(diagram, line -> line.strip().startsWith("Component("));
            }
        }

        assertThat(DOCS.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile());
    }

    /** The diagrams list components and relations in hash order; sorted, the files change only when the modules do. */
    private static void sort(Path diagram, Predicate<String> kind) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        Iterator<String> sorted = lines.stream().filter(kind).sorted().iterator();
        Files.write(diagram, lines.stream().map(line -> kind.test(line) ? sorted.next() : line).toList());
    }
}
