package io.aftercare.settings;

import io.aftercare.settings.SettingsDtos.Consequence;

import java.time.LocalTime;

/**
 * The rule books' defaults, one named value per rule of shared/DOMAIN.md ("Rules with their defaults"), so that
 * searching for a rule finds its number. Every new tenant starts with these ({@link SettingsDtos.TenantSettings#defaults});
 * services read the tenant's own settings, never these constants.
 */
public final class RuleBookDefaults {

    private RuleBookDefaults() {
    }

    // --- Dispatch and on-site (docs 1 and 3) ------------------------------------------------------------------------

    /** Arriving after the window opened plus this grace is late. */
    public static final int LATE_ARRIVAL_GRACE_MINUTES = 15;
    /** A repair of the same fault within this many days of completion is rework. */
    public static final int REWORK_WINDOW_DAYS = 30;
    /** Largest attachment (photo, video, signature, scan). */
    public static final int ATTACHMENT_MAX_MEGABYTES = 10;
    /** Road distance as a percentage of the straight line (travel and ETAs in the dispatch console). */
    public static final int ROAD_DISTANCE_PERCENT = 130;
    /** Average speed between sites, for travel time and ETAs. */
    public static final int TRAVEL_SPEED_KMH = 30;
    /** The longest "optimise the day" may run. */
    public static final int OPTIMISE_SECONDS = 10;
    /** Installers answer the phone from ... */
    public static final LocalTime PHONE_DUTY_START = LocalTime.of(8, 0);
    /** ... until. */
    public static final LocalTime PHONE_DUTY_END = LocalTime.of(22, 0);

    // --- Discipline (doc 1 §5.2, doc 5) ------------------------------------------------------------------------------

    public static final String LATE_ARRIVAL_FINE = "50.00";
    public static final String LEFT_SITE_WITHOUT_REPORT_IN_FINE = "50.00";
    /** A service report missing the fault cause, solution, parts or the customer's opinion. */
    public static final String INCOMPLETE_SERVICE_REPORT_FINE = "20.00";
    /** Phone off or not answered in the phone duty hours. */
    public static final String PHONE_UNREACHABLE_FINE = "10.00";
    public static final String DISPATCH_DISOBEDIENCE_FINE = "100.00";
    public static final String CUSTOMER_PRAISE_REWARD = "10.00";
    /** Any other breach of the rules: a fine the manager sets between ... */
    public static final String OTHER_BREACH_FINE_MIN = "10.00";
    /** ... and. */
    public static final String OTHER_BREACH_FINE_MAX = "200.00";
    /** A verified complaint of quarrelling, asking for money or gifts, or not serving on time (记大过). */
    public static final Consequence VERIFIED_COMPLAINT_CONSEQUENCE = Consequence.MAJOR_DEMERIT;
    public static final Consequence FIRST_REWORK_CONSEQUENCE = Consequence.WARNING;
    /** The second and later rework caused by the same installer: the installer bears the cost. */
    public static final Consequence REPEAT_REWORK_CONSEQUENCE = Consequence.COST_CHARGE;
    /** Minutes after checking out within which the installer reports in to HQ. */
    public static final int REPORT_IN_MINUTES = 60;
    /** A rating (1–5) at or above this on every question counts as a customer's praise. */
    public static final int PRAISE_RATING_AT_LEAST = 5;

    // --- Money (doc 1 §5.3) ------------------------------------------------------------------------------------------

    /** Lodging reimbursed per day without the manager's approval. */
    public static final String LODGING_CAP_PER_DAY = "100.00";
    public static final String MEAL_ALLOWANCE_PER_MEAL = "15.00";
    /** Charged per day per person to the group that borrows seconded staff. */
    public static final String SECONDMENT_CHARGE_PER_DAY = "100.00";
    public static final int MEALS_PER_DAY = 3;

    // --- Service promises (docs 2 and 5) ------------------------------------------------------------------------------

    /** A request that needs a visit is handled on site within this many working days. */
    public static final int ON_SITE_WORKING_DAYS = 3;
    public static final int INSTALLATION_FOLLOW_UP_HOURS = 24;
    /** A customer's objection gets a service commitment within; escalated to the manager when it lapses. */
    public static final int OBJECTION_COMMITMENT_HOURS = 24;
    public static final int FOLLOW_UP_VISIT_COMMITMENT_HOURS = 48;
    /** Customers installed within this many months are "recently installed" ... */
    public static final int RECENT_INSTALLATION_MONTHS = 3;
    /** ... and are called about their use this many times. */
    public static final int RECENT_INSTALLATION_CONTACTS = 1;
    public static final int RANDOM_CHECKS_PER_WEEK = 2;
    /** Share of a promise's time elapsed at which it is at risk, in percent. */
    public static final int PROMISE_AT_RISK_PERCENT = 80;
    public static final int FOLLOW_UP_RETRY_HOURS = 4;
    public static final int FOLLOW_UP_MAX_ATTEMPTS = 3;
    /** A follow-up answer (1–5) at or below this is poor and opens an objection. */
    public static final int POOR_ANSWER_AT_MOST = 2;

    // --- Outsourced installation (doc 2, the agreement) ---------------------------------------------------------------

    public static final int PARTNER_MINIMUM_UNITS_PER_DAY = 20;
    public static final String PARTNER_DELAY_DEDUCTION_PERCENT_PER_DAY = "5";
    public static final String PARTNER_COMPLAINT_DEDUCTION_PERCENT = "5";

    // --- Connection acceptance (doc 4) --------------------------------------------------------------------------------

    public static final int RESIDENTIAL_PLAN_DAYS = 5;
    public static final int LOW_VOLTAGE_PLAN_DAYS = 10;
    public static final int HIGH_VOLTAGE_SINGLE_SOURCE_PLAN_MONTHS = 1;
    public static final int HIGH_VOLTAGE_DUAL_SOURCE_PLAN_MONTHS = 2;
    public static final int HIGH_VOLTAGE_PLAN_VALIDITY_MONTHS = 12;
    public static final int LOW_VOLTAGE_PLAN_VALIDITY_MONTHS = 3;
    /** An extension is asked at least this many days before the plan expires. */
    public static final int PLAN_EXTENSION_NOTICE_DAYS = 10;
    public static final int HIGH_VOLTAGE_DESIGN_REVIEW_MONTHS = 1;
    public static final int LOW_VOLTAGE_DESIGN_REVIEW_DAYS = 10;
    /** The customer may object to a supply plan within this many months (用户...应在一个月内提出意见). */
    public static final int PLAN_OBJECTION_MONTHS = 1;
    /** The customer is told this many days before the plan lapses, in time to ask for an extension. */
    public static final int PLAN_EXPIRY_WARNING_DAYS = 15;
    /** Design documents come in two copies (一式两份); one returns to the customer with the opinion. */
    public static final int DESIGN_COPIES = 2;

    // --- Online booking ------------------------------------------------------------------------------------------------

    public static final int BOOKING_DAYS_AHEAD = 14;
    public static final int BOOKING_SLOT_MINUTES = 120;
    /** Hours before the appointment until which a customer may reschedule or cancel online. */
    public static final int BOOKING_CHANGE_CUTOFF_HOURS = 24;

    // --- Information: early warning of recurring faults (doc 2 §4) ------------------------------------------------

    /** The same product and fault category at least this many times in a calendar month raises a warning. */
    public static final int RECURRENCE_IN_A_MONTH = 3;
    /** ... or at least this many times in a calendar quarter. */
    public static final int RECURRENCE_IN_A_QUARTER = 5;
    /** ... or in this many consecutive months (continuously). */
    public static final int RECURRENCE_CONSECUTIVE_MONTHS = 3;
    /** Where technical and service problems are routed: no contact until the tenant names one. */
    public static final String NO_CONTACT = "";
}
