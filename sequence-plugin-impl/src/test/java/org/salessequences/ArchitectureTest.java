package org.salessequences;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salessequences.application.internal.DefaultHostDataService;

/**
 * The layers of ARCHITECTURE.md as rules over the compiled classes: the domain knows nothing of the rest, the
 * application knows the domain and its ports but no adapter, the interfaces reach data only through the application,
 * and no two packages depend on each other in a circle. A class that breaks a rule fails the build here, with the
 * offending dependency named.
 */
class ArchitectureTest {

    private static final String ROOT = "org.salessequences";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String INFRASTRUCTURE = ROOT + ".infrastructure..";
    private static final String INTERFACES = ROOT + ".interfaces..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Nested
    class TheDomain {

        @Test
        void dependsOnNoOtherLayer() {
            check(noClasses().that().resideInAPackage(DOMAIN).should().dependOnClassesThat()
                    .resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES));
        }

        @Test
        void usesNoContainerTechnology() {
            check(noClasses().that().resideInAPackage(DOMAIN).should().dependOnClassesThat()
                    .resideInAnyPackage("jakarta.ws.rs..", "jakarta.ejb..", "jakarta.batch..",
                            "jakarta.servlet..", "jakarta.mail..", "java.sql..", "javax.sql.."));
        }
    }

    @Nested
    class TheApplication {

        @Test
        void dependsOnDomainPortsNotOnAdapters() {
            // One class left out: the host data service still asks which adapter is on (HostAdapters); it goes when
            // adapters state their capabilities.
            check(noClasses().that().resideInAPackage(APPLICATION)
                    .and().doNotHaveFullyQualifiedName(DefaultHostDataService.class.getName())
                    .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES));
        }

        @Test
        void usesNoPersistenceOrWebTechnology() {
            check(noClasses().that().resideInAPackage(APPLICATION).should().dependOnClassesThat()
                    .resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..", "jakarta.servlet..", "java.sql.."));
        }
    }

    @Nested
    class TheInterfaces {

        @Test
        void reachDataOnlyThroughTheApplication() {
            check(noClasses().that().resideInAPackage(INTERFACES).should().dependOnClassesThat()
                    .resideInAnyPackage(ROOT + ".infrastructure.persistence..", "jakarta.persistence..", "java.sql.."));
        }
    }

    @Nested
    class ThePackages {

        @Test
        void formNoCycles() {
            check(slices().matching(ROOT + ".(**)").should().beFreeOfCycles());
        }
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
