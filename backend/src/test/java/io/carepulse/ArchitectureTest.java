package io.carepulse;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package-by-feature boundaries of ../shared/STYLE.md, checked on the compiled classes. No
 * rule lists the features: every package beside {@code platform} is one, so a new feature is
 * covered the day it appears.
 */
class ArchitectureTest {

    private static final String ROOT = "io.carepulse";
    private static final String PLATFORM = ROOT + ".platform..";
    private static final String DEMO = ROOT + ".demo..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void platformNeverDependsOnAFeature() {
        noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackages(PLATFORM)))
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void platformPackagesDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".platform.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theMongoFloorDependsOnNoOtherPlatformPackage() {
        noClasses().that().resideInAPackage(ROOT + ".platform.mongo..")
                .should().dependOnClassesThat(resideInAPackage(PLATFORM)
                        .and(resideOutsideOfPackages(ROOT + ".platform.mongo..")))
                .check(CLASSES);
    }

    @Test
    void onlyTheTenancyLayerTouchesTheRawTemplate() {
        // Features reach MongoDB through TenantMongo, which applies the tenant filter once; demo
        // data, written for every organisation at start-up, is the one exception.
        noClasses().that().resideOutsideOfPackages(PLATFORM, DEMO)
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.data.mongodb.core.ReactiveMongoTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.data.mongodb.core.MongoTemplate")
                .orShould().dependOnClassesThat().resideInAPackage("com.mongodb.reactivestreams.client..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideDemoDependsOnDemoData() {
        noClasses().that().resideOutsideOfPackage(DEMO)
                .should().dependOnClassesThat().resideInAPackage(DEMO)
                .check(CLASSES);
    }
}
