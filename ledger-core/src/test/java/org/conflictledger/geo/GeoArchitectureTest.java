package org.conflictledger.geo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The geo stage sees only the model, and shows one entry type and its value. */
class GeoArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.conflictledger.geo");

    @Test
    void geoDependsOnlyOnTheModelTheJdkAndSlf4j() {
        classes().that().resideInAPackage("org.conflictledger.geo..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.conflictledger.geo..",
                        "org.conflictledger.model..", "java..", "org.slf4j..")
                .check(CLASSES);
    }

    @Test
    void onlyTheGazetteerAndItsPlaceArePublic() {
        classes().that().resideInAPackage("org.conflictledger.geo..").and().arePublic()
                .should().haveSimpleName("Gazetteer").orShould().haveSimpleName("Place")
                .check(CLASSES);
    }
}
