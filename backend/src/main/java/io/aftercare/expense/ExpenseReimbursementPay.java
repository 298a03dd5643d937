package io.aftercare.expense;

import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import io.aftercare.money.PaySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.List;

/** Approved (and paid) claims: one REIMBURSEMENT line each, beside pay, in the pay month of the approval. */
@ApplicationScoped
public class ExpenseReimbursementPay implements PaySource {

    @Override
    @Transactional
    public List<PayLine> lines(YearMonth payMonth) {
        return ExpenseClaim.<ExpenseClaim>list("status in ?1 and payMonth = ?2 and reimbursed > 0 order by id",
                        List.of(ExpenseDtos.Status.APPROVED, ExpenseDtos.Status.PAID), payMonth.atDay(1)).stream()
                .map(c -> new PayLine(c.personId, payMonth, PayComponent.REIMBURSEMENT, c.reimbursed, "expense-claim", c.id, c.approvedOn,
                        "Expense claim " + c.number, YearMonth.from(c.originalMonth)))
                .toList();
    }
}
