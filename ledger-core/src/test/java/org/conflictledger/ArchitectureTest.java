package org.conflictledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The lines DESIGN.md draws: CoreNLP stays inside nlp, stages meet only through model records. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.conflictledger");

    @Test
    void coreNlpTypesStayInsideTheNlpPackage() {
        noClasses().that().resideOutsideOfPackage("org.conflictledger.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNoStage() {
        noClasses().that().resideInAPackage("org.conflictledger.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.ingest..", "org.conflictledger.nlp..",
                        "org.conflictledger.extract..", "org.conflictledger.eval..")
                .check(CLASSES);
    }

    @Test
    void extractionSeesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.conflictledger.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.ingest..", "org.conflictledger.nlp..",
                        "org.conflictledger.eval..")
                .check(CLASSES);
    }

    @Test
    void resolutionSeesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.conflictledger.resolve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.ingest..", "org.conflictledger.nlp..",
                        "org.conflictledger.extract..", "org.conflictledger.geo..", "org.conflictledger.eval..")
                .check(CLASSES);
    }

    @Test
    void ingestAndEvalDoNotReachIntoOtherStages() {
        noClasses().that().resideInAnyPackage("org.conflictledger.ingest..", "org.conflictledger.eval..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.nlp..", "org.conflictledger.extract..")
                .check(CLASSES);
    }

    @Test
    void theStoreSeesOnlyTheModelAndResolution() {
        noClasses().that().resideInAPackage("org.conflictledger.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.conflictledger.ingest..", "org.conflictledger.nlp..",
                        "org.conflictledger.extract..", "org.conflictledger.geo..", "org.conflictledger.eval..")
                .check(CLASSES);
    }
}
