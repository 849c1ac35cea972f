package com.xingping.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The facts assembly is plain Java, like the engine it feeds, so it is tested without Spring or a
 * database: the assembler, the sources' interface, and each module's facts as read (records, roster,
 * the committee's).
 */
class FactsAssemblyIsPlainJavaTest {
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.xingping");

    @Test
    void theAssemblerAndItsSourcesUseNeitherSpringNorTheDatabase() {
        noClasses().that().haveSimpleNameStartingWith("FactsAssembler").or().haveSimpleNameStartingWith("FactSource")
                .or().haveFullyQualifiedName("com.xingping.reporting.RecordFacts")
                .or().haveFullyQualifiedName("com.xingping.roster.RosterFacts")
                .or().haveFullyQualifiedName("com.xingping.facts.CommitteeStandingFacts")
                .or().haveSimpleName("Backing").or().haveSimpleName("BackingRecord").or().haveSimpleName("CommitteeBacking")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(PLATFORM);
    }

    @Test
    void theCommitteesFactsReachTheEngineInPlainJavaToo() {
        noClasses().that().haveSimpleName("EngineFacts")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.xingping.facts"));
    }
}
