package io.aftercare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Packages by business capability (shared/STYLE.md): a feature may use the cross-cutting packages and other
 * features' services and DTOs, never another feature's resources or entities.
 */
class ArchitectureTest {

    private static final List<String> CROSS_CUTTING = List.of("api", "problem", "tenancy", "security", "persistence", "identity");
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.aftercare");
    }

    @Test
    void resourcesAreUsedByNoOtherClass() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("Aftercare resources",
                        c -> c.getPackageName().startsWith("io.aftercare") && c.getSimpleName().endsWith("Resource")))
                .check(classes);
    }

    @Test
    void entitiesStayInsideTheirFeature() {
        for (String feature : List.of("audit", "calendar", "settings", "staff", "tenant", "integration", "installer", "workorder", "attachment", "servicerequest",
                "customer", "asset", "catalog", "servicepoint", "dataimport", "promise", "followup", "objection", "booking", "notification")) {
            noClasses().that().resideOutsideOfPackage("io.aftercare." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "entities of " + feature, c -> c.getPackageName().equals("io.aftercare." + feature)
                                    && c.isAnnotatedWith(Entity.class)))
                    .check(classes);
        }
    }

    @Test
    void crossCuttingPackagesDoNotDependOnFeatures() {
        for (String shared : CROSS_CUTTING) {
            noClasses().that().resideInAPackage("io.aftercare." + shared + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.aftercare.audit..", "io.aftercare.calendar..",
                            "io.aftercare.settings..", "io.aftercare.staff..", "io.aftercare.tenant..", "io.aftercare.me..", "io.aftercare.integration..", "io.aftercare.installer..", "io.aftercare.workorder..", "io.aftercare.attachment..", "io.aftercare.servicerequest..",
                            "io.aftercare.customer..", "io.aftercare.asset..", "io.aftercare.catalog..", "io.aftercare.servicepoint..",
                            "io.aftercare.dataimport..", "io.aftercare.notification..")
                    .check(classes);
        }
    }

    /** Every feature may announce its events through notifications, so notifications must need no feature back. */
    @Test
    void notificationsDependOnNoOtherFeature() {
        noClasses().that().resideInAPackage("io.aftercare.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("io.aftercare.audit..", "io.aftercare.calendar..",
                        "io.aftercare.settings..", "io.aftercare.staff..", "io.aftercare.tenant..", "io.aftercare.me..",
                        "io.aftercare.integration..", "io.aftercare.installer..", "io.aftercare.workorder..", "io.aftercare.attachment..",
                        "io.aftercare.servicerequest..", "io.aftercare.customer..", "io.aftercare.asset..", "io.aftercare.catalog..",
                        "io.aftercare.servicepoint..", "io.aftercare.dataimport..", "io.aftercare.promise..", "io.aftercare.followup..", "io.aftercare.objection..",
                            "io.aftercare.booking..")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("io.aftercare.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesNeverTouchEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }
}
