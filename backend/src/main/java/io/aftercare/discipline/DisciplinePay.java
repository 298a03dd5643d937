package io.aftercare.discipline;

import io.aftercare.money.PayComponent;
import io.aftercare.money.PayLine;
import io.aftercare.money.PaySource;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.YearMonth;
import java.util.List;

/** Confirmed fines, rewards and cost charges as pay lines of their pay month. */
@ApplicationScoped
public class DisciplinePay implements PaySource {

    private final DisciplineLedger ledger;

    DisciplinePay(DisciplineLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<PayLine> lines(YearMonth payMonth) {
        return ledger.payable(payMonth).stream()
                .map(e -> new PayLine(e.installerId, payMonth, component(e.kind), e.amount, "DISCIPLINE_ENTRY", e.id, e.occurredOn,
                        e.number + " " + e.description, YearMonth.from(e.originalMonth)))
                .toList();
    }

    private static PayComponent component(DisciplineDtos.Kind kind) {
        return switch (kind) {
            case FINE -> PayComponent.FINE;
            case REWARD -> PayComponent.REWARD;
            case COST_CHARGE -> PayComponent.COST_CHARGE;
            default -> throw new IllegalStateException(kind + " carries no amount");
        };
    }
}
