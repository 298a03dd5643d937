package io.aftercare.discipline;

import io.aftercare.money.Money;
import io.aftercare.settings.SettingsDtos;

import java.math.BigDecimal;

/**
 * The tenant's discipline rules: what each event produces, priced from the tenant's settings at the moment the entry is
 * proposed. Pure: the settings come in, the proposal goes out.
 */
public final class DisciplineRules {

    /** What a rule proposes: a kind and, where the settings price it, an amount (null: the manager sets it on confirming). */
    public record Proposal(DisciplineDtos.Kind kind, BigDecimal amount) {
    }

    private DisciplineRules() {
    }

    /** The proposal for an event under {@code rules}; {@code earlierReworks} and {@code reworkCost} matter only to REWORK. */
    public static Proposal propose(DisciplineDtos.Rule rule, SettingsDtos.DisciplineSettings rules, long earlierReworks, BigDecimal reworkCost) {
        return switch (rule) {
            case LATE_ARRIVAL -> fine(rules.lateArrivalFine());
            case LEFT_WITHOUT_REPORT_IN -> fine(rules.leftSiteWithoutReportInFine());
            case INCOMPLETE_SERVICE_REPORT -> fine(rules.incompleteServiceReportFine());
            case PHONE_UNREACHABLE -> fine(rules.phoneUnreachableFine());
            case DISPATCH_DISOBEDIENCE -> fine(rules.dispatchDisobedienceFine());
            case CUSTOMER_PRAISE -> new Proposal(DisciplineDtos.Kind.REWARD, Money.of(rules.customerPraiseReward()));
            case VERIFIED_COMPLAINT -> consequence(rules.verifiedComplaintConsequence(), null);
            case REWORK -> consequence(earlierReworks == 0 ? rules.firstReworkConsequence() : rules.repeatReworkConsequence(), reworkCost);
            case MANUAL -> throw new IllegalArgumentException("manual entries are not proposed by a rule");
        };
    }

    /** Whether {@code amount} lies within the tenant's range for fines set by the manager (other breaches). */
    public static boolean withinManualFineRange(BigDecimal amount, SettingsDtos.DisciplineSettings rules) {
        return amount.compareTo(Money.of(rules.otherBreachFineMin())) >= 0 && amount.compareTo(Money.of(rules.otherBreachFineMax())) <= 0;
    }

    private static Proposal fine(String amount) {
        return new Proposal(DisciplineDtos.Kind.FINE, Money.of(amount));
    }

    /** A configured consequence: a cost charge costs {@code cost}; a fine is priced by the manager; the rest carry no amount. */
    private static Proposal consequence(SettingsDtos.Consequence consequence, BigDecimal cost) {
        DisciplineDtos.Kind kind = DisciplineDtos.Kind.valueOf(consequence.name());
        BigDecimal amount = kind == DisciplineDtos.Kind.COST_CHARGE && cost != null && cost.signum() > 0 ? Money.of(cost) : null;
        return new Proposal(kind, amount);
    }
}
