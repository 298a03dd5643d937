package io.aftercare;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Packages by business capability (shared/STYLE.md): a feature may use the cross-cutting packages and other
 * features' services and DTOs, never another feature's resources or entities.
 */
class ArchitectureTest {

    private static final List<String> CROSS_CUTTING = List.of("api", "problem", "tenancy", "security", "persistence", "identity", "money");
    /** Features that keep their own entities. */
    private static final List<String> FEATURES = List.of("audit", "calendar", "settings", "staff", "tenant", "me", "integration", "installer", "workorder",
            "attachment", "servicerequest", "customer", "asset", "catalog", "servicepoint", "dataimport", "promise", "followup", "objection", "booking",
            "notification", "complaint", "discipline", "attendance", "trip", "expense", "secondment", "payroll", "partner");
    /** Packages that compute or hold money: amounts are BigDecimal, never binary floating point. */
    private static final String[] MONEY_CODE = {"io.aftercare.money..", "io.aftercare.discipline..", "io.aftercare.payroll..", "io.aftercare.trip..",
            "io.aftercare.expense..", "io.aftercare.secondment..", "io.aftercare.partner..", "io.aftercare.complaint.."};
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
        for (String feature : FEATURES) {
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
                    .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                    .check(classes);
        }
    }

    /** Every feature may announce its events through notifications, so notifications must need no feature back. */
    @Test
    void notificationsDependOnNoOtherFeature() {
        noClasses().that().resideInAPackage("io.aftercare.notification..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES.stream().filter(f -> !f.equals("notification")).toList()))
                .check(classes);
    }

    /** Binary floating point cannot hold cents exactly: money code has no double or float in its fields, signatures or calls. */
    @Test
    void moneyCodeUsesNoBinaryFloatingPoint() {
        Set<String> floating = Set.of("double", "float", "java.lang.Double", "java.lang.Float");
        DescribedPredicate<JavaClass> floatingType = DescribedPredicate.describe("double or float", t -> floating.contains(t.getName()));
        DescribedPredicate<List<JavaClass>> floatingParameter = DescribedPredicate.describe("a double or float parameter",
                types -> types.stream().anyMatch(floatingType));
        DescribedPredicate<JavaCodeUnit> floatingSignature = DescribedPredicate.describe("a double or float in its signature",
                m -> floatingType.test(m.getRawReturnType()) || floatingParameter.test(m.getRawParameterTypes()));
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE).should().haveRawType(floatingType).check(classes);
        noCodeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE).should().haveRawReturnType(floatingType).check(classes);
        noCodeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE).should().haveRawParameterTypes(floatingParameter).check(classes);
        noClasses().that().resideInAnyPackage(MONEY_CODE)
                .should().callCodeUnitWhere(DescribedPredicate.describe("the callee takes or returns a double or float",
                        call -> call.getTarget().resolveMember().map(floatingSignature::test).orElse(false)))
                .check(classes);
    }

    private static String[] packages(List<String> features) {
        return features.stream().map(f -> "io.aftercare." + f + "..").toArray(String[]::new);
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
