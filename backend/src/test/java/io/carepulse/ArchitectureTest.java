package io.carepulse;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
            // The product's classes: not the development MongoDB the tests run against (a jar).
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
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

    /**
     * A feature's top-level package is its published API; its sub-packages are its own. Another
     * feature reaches it through that API or its events, never through its internals.
     */
    @Test
    void aFeaturesSubPackagesAreUsedOnlyInsideThatFeature() {
        classes().that().resideInAPackage(ROOT + ".*.*..").and().resideOutsideOfPackage(PLATFORM)
                .should(new ArchCondition<JavaClass>("be used only by classes of their own feature") {
                    @Override
                    public void check(JavaClass internal, ConditionEvents events) {
                        String feature = featureOf(internal);
                        for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                            JavaClass user = dependency.getOriginClass();
                            if (user.getPackageName().startsWith(ROOT + ".")
                                    && !feature.equals(featureOf(user))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + ": " + internal.getPackageName() + " is internal to " + feature));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** The feature (or {@code platform}) a class belongs to: the first package under the root. */
    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
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
