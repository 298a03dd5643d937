package io.aftercare.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A column of the payroll. Net pay = base salary + allowances + rewards − fines − cost charges ± adjustments;
 * reimbursements are paid beside it, not as pay.
 */
@Schema(name = "PayComponent")
public enum PayComponent {
    BASE_SALARY(1), ALLOWANCE(1), REWARD(1), FINE(-1), COST_CHARGE(-1), ADJUSTMENT(1), REIMBURSEMENT(0);

    private final int signInNetPay;

    PayComponent(int signInNetPay) {
        this.signInNetPay = signInNetPay;
    }

    /** +1 adds to net pay, −1 deducts, 0 is paid beside it. Adjustments carry their own sign. */
    public int signInNetPay() {
        return signInNetPay;
    }
}
