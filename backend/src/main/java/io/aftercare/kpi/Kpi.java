package io.aftercare.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The key performance indicators: each definition lives here once, and the contract documents it from here. A period
 * is a range of the tenant's local days; "orders done" are work orders whose work was done in the period (not
 * cancelled). The order filters (installer = the lead installer, service point, product = a product among the order's
 * assets, order type) narrow every figure that is tied to an order; a request is tied to an order once converted,
 * and to a product through its asset.
 */
@Schema(name = "Kpi", description = Kpi.DEFINITIONS)
public enum Kpi {
    REQUESTS(Unit.COUNT),
    PHONE_RESOLUTION_RATE(Unit.PERCENT),
    FIRST_TIME_FIX_RATE(Unit.PERCENT),
    PROMISE_COMPLIANCE(Unit.PERCENT),
    HOURS_TO_ON_SITE(Unit.HOURS),
    HOURS_TO_FILED(Unit.HOURS),
    SATISFACTION(Unit.SCORE),
    REWORK_RATE(Unit.PERCENT),
    VERIFIED_COMPLAINTS_PER_100_ORDERS(Unit.PER_HUNDRED),
    LATE_ARRIVAL_RATE(Unit.PERCENT),
    REPORT_IN_COMPLIANCE(Unit.PERCENT),
    ALLOWANCES(Unit.MONEY),
    EXPENSE_CLAIMS(Unit.MONEY),
    FINES(Unit.MONEY),
    REWARDS(Unit.MONEY);

    static final String DEFINITIONS = """
            A key performance indicator. Definitions (the period is a range of the tenant's local days):
            - REQUESTS: service requests registered in the period; broken down by channel and by category.
            - PHONE_RESOLUTION_RATE: of the requests that came by phone in the period, the share resolved by phone \
            (no visit needed).
            - FIRST_TIME_FIX_RATE: of the orders done in the period, the share with no rework order linked to them \
            (a rework is linked when the same fault on the same asset comes back inside the tenant's rework window).
            - PROMISE_COMPLIANCE: of the service promises due in the period and decided (met or breached), the share \
            met; broken down by promise kind (on-site, follow-up, objection commitment, follow-up visit commitment, \
            complaint answer, supply plan, design review).
            - HOURS_TO_ON_SITE: the median hours from registration (of the request, or of the order when it was \
            registered directly) to check-in, for check-ins in the period.
            - HOURS_TO_FILED: the median hours from registration to filing, for orders filed in the period.
            - SATISFACTION: the mean of the customers' scores (1 to 5) given in the period: the three sign-off ratings \
            and the three follow-up answers; broken down by source.
            - REWORK_RATE: rework orders registered in the period per order done in the period; their number broken down by \
            attributed cause (UNATTRIBUTED until the manager attributes it).
            - VERIFIED_COMPLAINTS_PER_100_ORDERS: complaints decided as verified in the period, per 100 orders done \
            in the period.
            - LATE_ARRIVAL_RATE: of the check-ins in the period, the share late (after the window opened plus the \
            tenant's grace minutes).
            - REPORT_IN_COMPLIANCE: of the orders done in the period whose report-in time has passed, the share \
            reported in within the tenant's report-in minutes of the work being done.
            - ALLOWANCES: trip allowances (meals and lodging) of trips that ended in the period, in the tenant's \
            currency.
            - EXPENSE_CLAIMS: expense claims approved in the period, the amount reimbursed.
            - FINES: fines and costs charged to installers (discipline entries confirmed) for events in the period; \
            broken down by kind.
            - REWARDS: rewards (discipline entries confirmed) for events in the period.
            Money figures follow the installer filter (the person paid or charged) and the service point filter where \
            the record has one; the product and order type filters do not apply to them.""";

    /** How a figure is read. */
    @Schema(name = "KpiUnit", description = "COUNT: a number of things; PERCENT: 0 to 100; HOURS: hours; SCORE: 1 to 5; "
            + "PER_HUNDRED: per 100 orders done; MONEY: an amount in the tenant's currency.")
    public enum Unit { COUNT, PERCENT, HOURS, SCORE, PER_HUNDRED, MONEY }

    private final Unit unit;

    Kpi(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
