package io.aftercare.settings;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;
import java.util.List;

import static io.aftercare.settings.RuleBookDefaults.*;

/**
 * A tenant's rule settings: every number of the after-sales rule books, editable per tenant. The defaults
 * are the rule books' own (shared/DOMAIN.md); services read the tenant's values, never these defaults.
 */
public final class SettingsDtos {

    static final String MONEY = "^\\d{1,7}(\\.\\d{1,2})?$";
    static final String MONEY_MESSAGE = "must be an amount like 50.00 (up to 2 decimals)";
    static final String EMAIL_OR_EMPTY = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String EMAIL_MESSAGE = "must be an e-mail address like someone@example.com, or empty";
    static final String PERCENT = "^\\d{1,3}(\\.\\d{1,2})?$";
    static final String PERCENT_MESSAGE = "must be a percentage like 5 or 2.5";
    /** The map link of tenants in China: AMap (高德地图) searches the address. */
    public static final String MAP_URL_AMAP = "https://uri.amap.com/search?keyword={address}";
    /** The map link of tenants elsewhere. */
    public static final String MAP_URL_OPENSTREETMAP = "https://www.openstreetmap.org/search?query={address}";

    private SettingsDtos() {
    }

    @Schema(name = "TenantSettings", description = "The tenant's rule settings. Send back the `version` you read; a stale one answers 409.")
    public record TenantSettings(
            @Schema(description = "Optimistic-concurrency version.", minimum = "0", maximum = "2147483647")
            @NotNull @Min(0) Integer version,
            @NotNull @Valid DispatchSettings dispatch,
            @NotNull @Valid PhoneDutySettings phoneDuty,
            @NotNull @Valid DisciplineSettings discipline,
            @NotNull @Valid AllowanceSettings allowances,
            @NotNull @Valid PromiseSettings promises,
            @NotNull @Valid PartnerSettings partners,
            @NotNull @Valid ConnectionSettings connection,
            @NotNull @Valid BookingSettings booking,
            @NotNull @Valid EarlyWarningSettings earlyWarning,
            @Schema(description = "Link that opens a site in a map app: an https URL with an `{address}` placeholder and "
                    + "optionally `{lat}` and `{lng}`, which clients fill in (URL-encoded). Defaults by the tenant's country: "
                    + "AMap in China, OpenStreetMap elsewhere.", examples = MAP_URL_AMAP, maxLength = 500)
            @NotBlank @Size(max = 500) String mapUrlTemplate) {

        /** The rule books' defaults (shared/DOMAIN.md), given to every new tenant; the map follows its country. */
        public static TenantSettings defaults(String country) {
            return new TenantSettings(0,
                    new DispatchSettings(LATE_ARRIVAL_GRACE_MINUTES, REWORK_WINDOW_DAYS, ATTACHMENT_MAX_MEGABYTES, ROAD_DISTANCE_PERCENT, TRAVEL_SPEED_KMH,
                            OPTIMISE_SECONDS),
                    new PhoneDutySettings(PHONE_DUTY_START, PHONE_DUTY_END),
                    new DisciplineSettings(LATE_ARRIVAL_FINE, LEFT_SITE_WITHOUT_REPORT_IN_FINE, INCOMPLETE_SERVICE_REPORT_FINE,
                            PHONE_UNREACHABLE_FINE, DISPATCH_DISOBEDIENCE_FINE, CUSTOMER_PRAISE_REWARD, OTHER_BREACH_FINE_MIN,
                            OTHER_BREACH_FINE_MAX, VERIFIED_COMPLAINT_CONSEQUENCE, FIRST_REWORK_CONSEQUENCE, REPEAT_REWORK_CONSEQUENCE,
                            REPORT_IN_MINUTES, PRAISE_RATING_AT_LEAST),
                    new AllowanceSettings(LODGING_CAP_PER_DAY, MEAL_ALLOWANCE_PER_MEAL, SECONDMENT_CHARGE_PER_DAY, MEALS_PER_DAY),
                    new PromiseSettings(ON_SITE_WORKING_DAYS, INSTALLATION_FOLLOW_UP_HOURS, OBJECTION_COMMITMENT_HOURS,
                            FOLLOW_UP_VISIT_COMMITMENT_HOURS, RECENT_INSTALLATION_MONTHS, RECENT_INSTALLATION_CONTACTS,
                            RANDOM_CHECKS_PER_WEEK, PROMISE_AT_RISK_PERCENT, FOLLOW_UP_RETRY_HOURS, FOLLOW_UP_MAX_ATTEMPTS,
                            POOR_ANSWER_AT_MOST),
                    new PartnerSettings(PARTNER_MINIMUM_UNITS_PER_DAY, PARTNER_DELAY_DEDUCTION_PERCENT_PER_DAY,
                            PARTNER_COMPLAINT_DEDUCTION_PERCENT),
                    new ConnectionSettings(false, false, RESIDENTIAL_PLAN_DAYS, LOW_VOLTAGE_PLAN_DAYS, HIGH_VOLTAGE_SINGLE_SOURCE_PLAN_MONTHS,
                            HIGH_VOLTAGE_DUAL_SOURCE_PLAN_MONTHS, HIGH_VOLTAGE_PLAN_VALIDITY_MONTHS, LOW_VOLTAGE_PLAN_VALIDITY_MONTHS,
                            PLAN_EXTENSION_NOTICE_DAYS, HIGH_VOLTAGE_DESIGN_REVIEW_MONTHS, LOW_VOLTAGE_DESIGN_REVIEW_DAYS,
                            PLAN_OBJECTION_MONTHS, PLAN_EXPIRY_WARNING_DAYS, DESIGN_COPIES, List.of(), ""),
                    new BookingSettings(BOOKING_DAYS_AHEAD, BOOKING_SLOT_MINUTES, BOOKING_CHANGE_CUTOFF_HOURS),
                    new EarlyWarningSettings(RECURRENCE_IN_A_MONTH, RECURRENCE_IN_A_QUARTER, RECURRENCE_CONSECUTIVE_MONTHS, NO_CONTACT, NO_CONTACT),
                    "CN".equals(country) ? MAP_URL_AMAP : MAP_URL_OPENSTREETMAP);
        }

        TenantSettings withVersion(int newVersion) {
            return new TenantSettings(newVersion, dispatch, phoneDuty, discipline, allowances, promises, partners, connection, booking,
                    earlyWarning, mapUrlTemplate);
        }
    }

    @Schema(name = "DispatchSettings", description = "Dispatch and on-site rules.")
    public record DispatchSettings(
            @Schema(description = "Minutes after the appointment window opens before an arrival counts as late.")
            @NotNull @Min(0) @Max(240) Integer lateGraceMinutes,
            @Schema(description = "Days after a completed order within which a repair of the same fault is rework.")
            @NotNull @Min(1) @Max(365) Integer reworkWindowDays,
            @Schema(description = "Largest attachment (photo, video, signature, scan) accepted, in MB.")
            @NotNull @Min(1) @Max(10) Integer attachmentMaxMegabytes,
            @Schema(description = "Road distance as a percentage of the straight line between two sites (130: a third longer), "
                    + "for travel in the dispatch console and ETAs.")
            @NotNull @Min(100) @Max(300) Integer roadDistancePercent,
            @Schema(description = "Average speed between sites in km/h, for travel time and ETAs.")
            @NotNull @Min(5) @Max(120) Integer travelSpeedKmh,
            @Schema(description = "The longest \"optimise the day\" may run, in seconds.")
            @NotNull @Min(1) @Max(60) Integer optimiseSeconds) {

        /** Road distance and time between two places, by the tenant's road-distance percentage and average speed. */
        public io.aftercare.geo.Travel travel() {
            return new io.aftercare.geo.Travel(roadDistancePercent / 100.0, travelSpeedKmh);
        }
    }

    @Schema(name = "PhoneDutySettings", description = "Hours in which installers must answer the phone.")
    public record PhoneDutySettings(
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                    pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "08:00")
            @JsonFormat(pattern = "HH:mm") @NotNull LocalTime start,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                    pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "22:00")
            @JsonFormat(pattern = "HH:mm") @NotNull LocalTime end) {
    }

    @Schema(name = "Consequence", description = "What a discipline rule produces.")
    public enum Consequence { FINE, WARNING, DEMERIT, MAJOR_DEMERIT, COST_CHARGE }

    @Schema(name = "DisciplineSettings", description = "Fines, rewards and consequences (amounts in the tenant's currency).")
    public record DisciplineSettings(
            @Schema(examples = "50.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String lateArrivalFine,
            @Schema(examples = "50.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String leftSiteWithoutReportInFine,
            @Schema(examples = "20.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String incompleteServiceReportFine,
            @Schema(examples = "10.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String phoneUnreachableFine,
            @Schema(examples = "100.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String dispatchDisobedienceFine,
            @Schema(examples = "10.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String customerPraiseReward,
            @Schema(examples = "10.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String otherBreachFineMin,
            @Schema(examples = "200.00", maxLength = 10) @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String otherBreachFineMax,
            @Schema(description = "For a verified complaint of quarrelling, asking for money or gifts, or not serving on time.")
            @NotNull Consequence verifiedComplaintConsequence,
            @NotNull Consequence firstReworkConsequence,
            @Schema(description = "For the second and later rework caused by the same installer.")
            @NotNull Consequence repeatReworkConsequence,
            @Schema(description = "Minutes after checking out (work done) within which the installer must report in.")
            @NotNull @Min(5) @Max(1440) Integer reportInMinutes,
            @Schema(description = "A sign-off or follow-up rating (1–5) at or above this on every question is a customer's praise.")
            @NotNull @Min(1) @Max(5) Integer praiseRatingAtLeast) {
    }

    @Schema(name = "AllowanceSettings", description = "Trip allowances (amounts in the tenant's currency).")
    public record AllowanceSettings(
            @Schema(description = "Lodging reimbursed per day without the manager's approval.", examples = "100.00", maxLength = 10)
            @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String lodgingCapPerDay,
            @Schema(description = "Meal allowance per meal per person.", examples = "15.00", maxLength = 10)
            @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String mealAllowancePerMeal,
            @Schema(description = "Charged per day per person to the group that borrows seconded staff.", examples = "100.00", maxLength = 10)
            @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String secondmentChargePerDay,
            @Schema(description = "Meals paid per trip day (a same-day task earns the meals of that day only).")
            @NotNull @Min(0) @Max(6) Integer mealsPerDay) {
    }

    @Schema(name = "PromiseSettings", description = "Service promises (SLAs) to customers.")
    public record PromiseSettings(
            @Schema(description = "Working days from a request to on-site service.") @NotNull @Min(1) @Max(60) Integer onSiteWorkingDays,
            @Schema(description = "Hours after an installation's completion when the follow-up call is due.") @NotNull @Min(1) @Max(720) Integer installationFollowUpHours,
            @Schema(description = "Hours in which a customer's objection gets a service commitment.") @NotNull @Min(1) @Max(720) Integer objectionCommitmentHours,
            @Schema(description = "Hours in which a follow-up visit's findings get a service commitment.") @NotNull @Min(1) @Max(720) Integer followUpVisitCommitmentHours,
            @Schema(description = "Customers installed within this many months count as recently installed.") @NotNull @Min(1) @Max(24) Integer recentInstallationMonths,
            @Schema(description = "Usage calls to each recently installed customer.") @NotNull @Min(0) @Max(10) Integer recentInstallationContacts,
            @NotNull @Min(0) @Max(14) Integer randomChecksPerWeek,
            @Schema(description = "Share of a promise's time elapsed at which it is at risk, in percent.") @NotNull @Min(1) @Max(99) Integer atRiskPercent,
            @Schema(description = "Working hours until a follow-up call that did not reach the customer is tried again.") @NotNull @Min(1) @Max(168) Integer followUpRetryHours,
            @Schema(description = "Calls tried before a follow-up is given up as unreachable.") @NotNull @Min(1) @Max(10) Integer followUpMaxAttempts,
            @Schema(description = "A follow-up answer (1–5) at or below this is poor and opens an objection.") @NotNull @Min(1) @Max(4) Integer poorAnswerAtMost) {
    }

    @Schema(name = "BookingSettings", description = "Online booking by customers, without a login.")
    public record BookingSettings(
            @Schema(description = "How many days ahead customers may book.") @NotNull @Min(1) @Max(90) Integer daysAhead,
            @Schema(description = "Length of a bookable slot within installers' working hours, in minutes.") @NotNull @Min(30) @Max(480) Integer slotMinutes,
            @Schema(description = "Hours before the appointment until which a customer may reschedule or cancel online.") @NotNull @Min(0) @Max(168) Integer changeCutoffHours) {
    }

    @Schema(name = "PartnerSettings", description = "Outsourced installation partners.")
    public record PartnerSettings(
            @NotNull @Min(0) @Max(10000) Integer minimumUnitsPerDay,
            @Schema(examples = "5", maxLength = 6) @NotNull @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) @DecimalMax("100") String delayDeductionPercentPerDay,
            @Schema(examples = "5", maxLength = 6) @NotNull @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) @DecimalMax("100") String complaintDeductionPercent) {
    }

    @Schema(name = "ConnectionSettings", description = "Power-connection acceptance (报装接电): whether the tenant does this work, "
            + "the supply-plan and design-review deadlines by class, the plan's validity and extension, and the procedure and fees "
            + "published on the tenant's public pages.")
    public record ConnectionSettings(
            @Schema(description = "The tenant takes connection applications; its menu and public page appear only then.")
            @NotNull Boolean enabled,
            @Schema(description = "Deadlines given in days count working days of the tenant's calendar (true) or calendar days (false).")
            @NotNull Boolean workingDays,
            @NotNull @Min(1) @Max(365) Integer residentialPlanDays,
            @NotNull @Min(1) @Max(365) Integer lowVoltagePlanDays,
            @NotNull @Min(1) @Max(24) Integer highVoltageSingleSourcePlanMonths,
            @NotNull @Min(1) @Max(24) Integer highVoltageDualSourcePlanMonths,
            @NotNull @Min(1) @Max(60) Integer highVoltagePlanValidityMonths,
            @NotNull @Min(1) @Max(60) Integer lowVoltagePlanValidityMonths,
            @Schema(description = "An extension of a plan's validity is asked at least this many days before it expires.")
            @NotNull @Min(1) @Max(90) Integer extensionNoticeDays,
            @NotNull @Min(1) @Max(24) Integer highVoltageDesignReviewMonths,
            @NotNull @Min(1) @Max(365) Integer lowVoltageDesignReviewDays,
            @Schema(description = "The customer may object to a supply plan within this many months of its notice.")
            @NotNull @Min(1) @Max(12) Integer planObjectionMonths,
            @Schema(description = "The customer is told this many days before the plan's validity ends.")
            @NotNull @Min(1) @Max(180) Integer planExpiryWarningDays,
            @Schema(description = "Copies of the design documents the customer submits (一式两份).")
            @NotNull @Min(1) @Max(10) Integer designCopies,
            @Schema(description = "The fees published with the procedure.")
            @NotNull @Size(max = 30) List<@NotNull @Valid ConnectionFee> fees,
            @Schema(description = "Words published with the procedure (where to apply, opening hours, what to bring).", maxLength = 2000)
            @NotNull @Size(max = 2000) String procedureNote) {
    }

    @Schema(name = "ConnectionFee", description = "One published fee of the connection procedure.")
    public record ConnectionFee(
            @Schema(examples = "低压接电费 / Low-voltage connection", maxLength = 100) @NotBlank @Size(max = 100) String item,
            @Schema(description = "Amount in the tenant's currency.", examples = "300.00", maxLength = 12)
            @NotNull @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String amount,
            @Schema(description = "What the amount is per, if anything.", examples = "per kVA", maxLength = 50) @Size(max = 50) String per) {
    }

    @Schema(name = "EarlyWarningSettings", description = "Early warning of recurring faults: the same product and fault category "
            + "recurring within a calendar month, a calendar quarter, or month after month raises a warning, routed by the fault "
            + "category's class to the engineering (technical) or training (service) contact.")
    public record EarlyWarningSettings(
            @Schema(description = "Occurrences in one calendar month that raise a warning.") @NotNull @Min(2) @Max(1000) Integer monthlyAtLeast,
            @Schema(description = "Occurrences in one calendar quarter that raise a warning.") @NotNull @Min(2) @Max(1000) Integer quarterlyAtLeast,
            @Schema(description = "Consecutive months, each with an occurrence, that raise a warning.") @NotNull @Min(2) @Max(24) Integer consecutiveMonths,
            @Schema(description = "E-mail of the engineering contact who receives technical problems; empty for none.", maxLength = 254,
                    examples = "engineering@example.com")
            @NotNull @Size(max = 254) @Pattern(regexp = EMAIL_OR_EMPTY, message = EMAIL_MESSAGE) String engineeringContactEmail,
            @Schema(description = "E-mail of the training contact who receives service problems; empty for none.", maxLength = 254,
                    examples = "training@example.com")
            @NotNull @Size(max = 254) @Pattern(regexp = EMAIL_OR_EMPTY, message = EMAIL_MESSAGE) String trainingContactEmail) {
    }
}
