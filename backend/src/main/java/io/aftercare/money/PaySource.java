package io.aftercare.money;

import java.time.YearMonth;
import java.util.List;

/**
 * A feature that pays or charges people (the discipline ledger, trips, expense claims). The payroll gathers every
 * source's lines of the current tenant for a month; a source must read them in one query, never one per person.
 */
public interface PaySource {

    List<PayLine> lines(YearMonth payMonth);
}
