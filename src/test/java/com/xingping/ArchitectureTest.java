package com.xingping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.xingping");

    @Test
    void rubricAndScoringEngineArePlainJava() {
        noClasses().that().resideInAnyPackage("com.xingping.rubric..", "com.xingping.scoring..", "com.xingping.kernel..")
                .and().resideOutsideOfPackage("com.xingping.scoring.web..")
                // a package's annotations (scoring.cli's @NamedInterface) are read by tools, never loaded when the engine runs
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "java.sql..", "javax.sql..")
                .because("the engine must run anywhere: in the command, in tests and in the platform alike")
                .check(MAIN);
    }

    @Test
    void engineDoesNotReachIntoItsAdapters() {
        noClasses().that().resideInAnyPackage("com.xingping.rubric..", "com.xingping.scoring")
                .should().dependOnClassesThat().resideInAnyPackage("com.xingping.scoring.web..", "com.xingping.scoring.cli..")
                .check(MAIN);
    }
}
