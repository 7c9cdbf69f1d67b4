package io.carepulse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package-by-feature boundaries of ../shared/STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.carepulse");

    @Test
    void platformNeverDependsOnAFeature() {
        noClasses().that().resideInAPackage("io.carepulse.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.carepulse.campaign..",
                        "io.carepulse.segment..", "io.carepulse.audit..", "io.carepulse.identity..",
                        "io.carepulse.demo..", "io.carepulse.liveqa..", "io.carepulse.phi..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("io.carepulse.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheTenancyLayerTouchesTheRawTemplateForTenantData() {
        // Features reach tenant-owned collections through TenantMongo, which applies the tenant filter once.
        noClasses().that().resideInAnyPackage("io.carepulse.campaign..", "io.carepulse.segment..",
                        "io.carepulse.audit..", "io.carepulse.liveqa..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.data.mongodb.core.ReactiveMongoTemplate")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideDemoDependsOnDemoData() {
        noClasses().that().resideOutsideOfPackage("io.carepulse.demo..")
                .should().dependOnClassesThat().resideInAPackage("io.carepulse.demo..")
                .check(CLASSES);
    }
}
