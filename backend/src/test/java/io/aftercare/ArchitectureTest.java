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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * Native SQL only where the ORM cannot say it: each class here has the reason it needs SQL. Everything else reads and
     * writes through entities and JPQL, so the tenant filter and the entity mappings stay the one way to the tables.
     */
    private static final Map<String, String> NATIVE_SQL = Map.ofEntries(
            Map.entry("io.aftercare.api.HumanNumbers", "a per-tenant counter: insert ... on conflict do update returning"),
            Map.entry("io.aftercare.api.Idempotency", "insert ... on conflict do nothing decides which racing request owns a key"),
            Map.entry("io.aftercare.booking.BookingSlots", "public booking options read three narrow projections without loading entities"),
            Map.entry("io.aftercare.booking.TrackingCodes", "the code-hash table has no entity: codes are looked up before a tenant is known"),
            Map.entry("io.aftercare.campaign.CampaignSql", "a segment of thousands of customers written as recipients and outbox rows in one "
                    + "insert ... select ... on conflict do nothing each; the funnel in one grouped filter-clause pass"),
            Map.entry("io.aftercare.connection.ConnectionWatch", "claims plans to warn about or expire with for update skip locked (replicas)"),
            Map.entry("io.aftercare.calendar.CountryCalendarService", "counts tenants per country across tenants (platform view)"),
            Map.entry("io.aftercare.calendar.WorkingCalendarService", "reads the tenant row's zone and country without loading the tenant entity"),
            Map.entry("io.aftercare.dataimport.ImportProcessor", "the uploaded CSV is a bytea column read and cleared without loading it into the job"),
            Map.entry("io.aftercare.dataimport.ImportService", "stores the uploaded CSV bytes without keeping them in the persistence context"),
            Map.entry("io.aftercare.discipline.DisciplineLedger", "insert ... on conflict do nothing: an event's fine or reward is booked once"),
            Map.entry("io.aftercare.followup.FollowUpSampler", "an advisory lock per tenant, and a random sample (order by random())"),
            Map.entry("io.aftercare.identity.Logins", "the login prefix is read before any tenant entity is in scope"),
            Map.entry("io.aftercare.notification.NotificationDelivery", "claims due messages with for update skip locked"),
            Map.entry("io.aftercare.notification.NotificationTemplates", "insert ... on conflict do update: two managers saving a text at once"),
            Map.entry("io.aftercare.notification.Notifications", "addresses other features' rows without depending on their entities"),
            Map.entry("io.aftercare.payroll.PayrollPeriods", "month locks and adjustments have composite keys without entities"),
            Map.entry("io.aftercare.payroll.PayrollService", "reads the payroll_line view and locks a month with insert ... on conflict"),
            Map.entry("io.aftercare.promise.PromiseService", "one union over every promise-carrying table"),
            Map.entry("io.aftercare.promise.PromiseWatch", "set-based updates over every promise-carrying table in one pass"),
            Map.entry("io.aftercare.staff.LoginPrefixUpgrade", "claims tenants with for update skip locked across replicas"),
            Map.entry("io.aftercare.tenancy.EveryTenant", "lists tenant ids before any tenant is set"),
            Map.entry("io.aftercare.tenancy.KnownTenants", "reads a tenant's creation time before any tenant entity is in scope"),
            Map.entry("io.aftercare.workorder.DispatchFigures", "aggregates over unnest of the crew array (filter clauses, lateral)"),
            Map.entry("io.aftercare.quality.EarlyWarnings", "counts a product's fault across repairs (array membership of assets) and forms in one union; raises once with on conflict do nothing"),
            Map.entry("io.aftercare.report.ReportContents", "grouped filter-clause aggregates per installer and service point over a period"),
            Map.entry("io.aftercare.report.PeriodicReports", "makes a period's report once with on conflict do nothing (replicas and repeated requests)"),
            Map.entry("io.aftercare.kpi.KpiSql", "indicators: grouped filter-clause aggregates, medians (percentile_cont) and unions across the promise holders"),
            Map.entry("io.aftercare.kpi.KpiRollups", "indicators' daily roll-ups: counting stale days again through the migration's SQL function"),
            Map.entry("io.aftercare.workorder.WorkOrderIntake", "array overlap (&&) to find a recent order on the same assets"),
            Map.entry("io.aftercare.workorder.WorkOrderLifecycle", "locks the crew's installer rows in id order (for update) against double booking"),
            Map.entry("io.aftercare.workorder.WorkOrderQueries", "field days and rework counts from unnest of the crew array"));

    @Test
    void nativeSqlOnlyWhereTheOrmCannotSayIt() {
        Set<String> callers = classes.stream()
                .filter(c -> c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().startsWith("createNative")
                        && (call.getTargetOwner().isAssignableTo(jakarta.persistence.EntityManager.class)
                        || call.getTargetOwner().isAssignableTo(org.hibernate.query.QueryProducer.class))))
                .map(c -> c.getName().replaceAll("\\$.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(NATIVE_SQL.keySet()), callers,
                "native SQL outside the classes that need it (or a class that no longer needs it still listed)");
    }
}
