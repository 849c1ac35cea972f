package com.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (one per package under com.xingping, see XingpingApplication) depend on each other only
 * through what they expose, without cycles; their diagrams and canvases are written to docs/modules.
 */
class ModularityTests {
    private static final ApplicationModules MODULES = ApplicationModules.of(XingpingApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyExpose() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        assertThat(Path.of("docs/modules/components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> assertThat(Path.of("docs/modules/module-" + module.getIdentifier() + ".adoc"))
                .isNotEmptyFile());
    }
}
