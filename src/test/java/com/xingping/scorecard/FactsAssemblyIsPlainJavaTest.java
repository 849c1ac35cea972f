package com.xingping.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The facts assembly is plain Java, like the engine it feeds, so it is tested without Spring or a database. */
class FactsAssemblyIsPlainJavaTest {
    private static final JavaClasses SCORECARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.xingping.scorecard");

    @Test
    void theAssemblerAndItsSourcesUseNeitherSpringNorTheDatabase() {
        noClasses().that().haveSimpleNameStartingWith("FactsAssembler").or().haveSimpleName("FactSource")
                .or().haveSimpleName("RecordFacts").or().haveSimpleName("RosterFacts").or().haveSimpleName("Backing")
                .or().haveSimpleName("BackingRecord").or().haveSimpleName("CommitteeFactsSource")
                .or().haveSimpleName("CommitteeBacking")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(SCORECARD);
    }

    @Test
    void theCommitteesFactsReachTheEngineInPlainJavaToo() {
        noClasses().that().haveSimpleName("EngineFacts")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.xingping.facts"));
    }
}
