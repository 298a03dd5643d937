import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Field } from "@/components/Field";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { usePayrollSheet } from "../api/payroll";
import { AdjustmentForm } from "../components/AdjustmentForm";
import { ExportButton } from "../components/ExportButton";
import { LockMonth } from "../components/LockMonth";
import { PayrollTable } from "../components/PayrollTable";
import { PersonDrillDown } from "../components/PersonDrillDown";
import { payMonthOf, shiftMonth } from "../model/payroll";

/** The month's payroll (工资表): one row per person, drillable to each line; lock it, correct it, export it. */
export function PayrollRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const month = payMonthOf(search, format.today());
  const personId = search.get("person");
  const sheet = usePayrollSheet(month);

  function choose(change: Record<string, string | null>) {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader title={t("payroll.title")} description={t("payroll.description")} actions={<ExportButton month={month} />} />
      <div className="toolbar">
        <button type="button" className="button button--small" onClick={() => choose({ month: shiftMonth(month, -1), person: null })}>
          {t("payroll.previousMonth")}
        </button>
        <div className="toolbar__item">
          <Field label={t("payroll.month")}>
            {(props) => (
              <input
                {...props}
                type="month"
                name="month"
                className="input"
                value={month}
                onChange={(event) => event.target.value && choose({ month: event.target.value, person: null })}
              />
            )}
          </Field>
        </div>
        <button type="button" className="button button--small" onClick={() => choose({ month: shiftMonth(month, 1), person: null })}>
          {t("payroll.nextMonth")}
        </button>
      </div>
      {sheet.isPending && <Loading />}
      {sheet.isError && <ProblemAlert error={sheet.error} />}
      {sheet.data && (
        <>
          <LockMonth sheet={sheet.data} />
          <PayrollTable sheet={sheet.data} selectedId={personId} onSelect={(id) => choose({ person: id })} />
          {personId && <PersonDrillDown key={`${month}-${personId}`} month={month} personId={personId} onClose={() => choose({ person: null })} />}
          <AdjustmentForm
            key={`${month}-${personId ?? ""}`}
            month={month}
            people={sheet.data.rows}
            personId={personId}
            locked={sheet.data.locked}
          />
        </>
      )}
    </>
  );
}
