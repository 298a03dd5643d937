package io.aftercare.connection;

import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.calendar.WorkingTime;
import io.aftercare.settings.SettingsDtos;
import io.aftercare.settings.SettingsService;
import io.aftercare.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * The connection rules' deadlines with the tenant's numbers: the supply plan and the design review by class (days on
 * the calendar or on working days, as the tenant says; months on the calendar), the plan's validity, the objection
 * window and the extension notice.
 */
@ApplicationScoped
public class ConnectionDeadlines {

    static final String CALENDAR_DAYS = "CALENDAR_DAYS";
    static final String WORKING_DAYS = "WORKING_DAYS";
    static final String MONTHS = "MONTHS";

    private final SettingsService settings;
    private final WorkingCalendarService calendar;
    private final TenantService tenants;

    public ConnectionDeadlines(SettingsService settings, WorkingCalendarService calendar, TenantService tenants) {
        this.settings = settings;
        this.calendar = calendar;
        this.tenants = tenants;
    }

    @Transactional
    public SettingsDtos.ConnectionSettings rules() {
        return settings.current().connection();
    }

    /** When the supply plan is due for an application of this class received at {@code from}. */
    @Transactional
    public OffsetDateTime planDue(ConnectionDtos.SupplyClass supplyClass, OffsetDateTime from) {
        return plus(from, planDeadline(rules(), supplyClass));
    }

    /** When the review of a design of this class handed in at {@code from} is due. */
    @Transactional
    public OffsetDateTime reviewDue(ConnectionDtos.SupplyClass supplyClass, OffsetDateTime from) {
        return plus(from, reviewDeadline(rules(), supplyClass));
    }

    /** The last day a plan notified on {@code notifiedOn} is valid: its class's months later. */
    @Transactional
    public LocalDate validUntil(ConnectionDtos.SupplyClass supplyClass, LocalDate notifiedOn) {
        SettingsDtos.ConnectionSettings rules = rules();
        return notifiedOn.plusMonths(supplyClass.highVoltage() ? rules.highVoltagePlanValidityMonths() : rules.lowVoltagePlanValidityMonths());
    }

    /** The tenant's today. */
    @Transactional
    public LocalDate today() {
        return OffsetDateTime.now(ZoneOffset.UTC).atZoneSameInstant(zone()).toLocalDate();
    }

    /** The tenant's time zone: its row, read once per transaction (the calendar is needed only for working days). */
    @Transactional
    public ZoneId zone() {
        return tenants.currentZone();
    }

    static ConnectionDtos.Deadline planDeadline(SettingsDtos.ConnectionSettings rules, ConnectionDtos.SupplyClass supplyClass) {
        return switch (supplyClass) {
            case RESIDENTIAL -> days(rules, rules.residentialPlanDays());
            case LOW_VOLTAGE -> days(rules, rules.lowVoltagePlanDays());
            case HIGH_VOLTAGE_SINGLE -> new ConnectionDtos.Deadline(rules.highVoltageSingleSourcePlanMonths(), MONTHS);
            case HIGH_VOLTAGE_DUAL -> new ConnectionDtos.Deadline(rules.highVoltageDualSourcePlanMonths(), MONTHS);
        };
    }

    static ConnectionDtos.Deadline reviewDeadline(SettingsDtos.ConnectionSettings rules, ConnectionDtos.SupplyClass supplyClass) {
        return supplyClass.highVoltage() ? new ConnectionDtos.Deadline(rules.highVoltageDesignReviewMonths(), MONTHS)
                : days(rules, rules.lowVoltageDesignReviewDays());
    }

    static ConnectionDtos.Deadline validity(SettingsDtos.ConnectionSettings rules, ConnectionDtos.SupplyClass supplyClass) {
        return new ConnectionDtos.Deadline(supplyClass.highVoltage() ? rules.highVoltagePlanValidityMonths() : rules.lowVoltagePlanValidityMonths(),
                MONTHS);
    }

    static Map<ConnectionDtos.SupplyClass, ConnectionDtos.Deadline> byClass(
            java.util.function.Function<ConnectionDtos.SupplyClass, ConnectionDtos.Deadline> deadline) {
        Map<ConnectionDtos.SupplyClass, ConnectionDtos.Deadline> map = new EnumMap<>(ConnectionDtos.SupplyClass.class);
        for (ConnectionDtos.SupplyClass c : ConnectionDtos.SupplyClass.values()) {
            map.put(c, deadline.apply(c));
        }
        return map;
    }

    private static ConnectionDtos.Deadline days(SettingsDtos.ConnectionSettings rules, int days) {
        return new ConnectionDtos.Deadline(days, rules.workingDays() ? WORKING_DAYS : CALENDAR_DAYS);
    }

    private OffsetDateTime plus(OffsetDateTime from, ConnectionDtos.Deadline deadline) {
        WorkingTime time = calendar.workingTime();
        return switch (deadline.unit()) {
            case WORKING_DAYS -> time.plusWorkingDays(from.toInstant(), deadline.amount()).atOffset(ZoneOffset.UTC);
            case MONTHS -> from.atZoneSameInstant(time.zone()).plusMonths(deadline.amount()).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC);
            default -> from.atZoneSameInstant(time.zone()).plusDays(deadline.amount()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        };
    }
}
