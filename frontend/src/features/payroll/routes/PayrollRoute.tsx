import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { MonthFilter } from "@/components/MonthFilter";
import { ListPage } from "@/components/ListPage";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { usePayrollSheet } from "../api/payroll";
import { AdjustmentForm } from "../components/AdjustmentForm";
import { ExportButton } from "../components/ExportButton";
import { LockMonth } from "../components/LockMonth";
import { PayrollTable } from "../components/PayrollTable";
import { PersonDrillDown } from "../components/PersonDrillDown";
import { payMonthOf } from "../model/payroll";

/** The month's payroll (工资表): one row per person, drillable to each line; lock it, correct it, export it. */
export function PayrollRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const month = payMonthOf(search, format.today());
  const personId = search.get("person");
  const sheet = usePayrollSheet(month);

  // The month and the person drilled into live in the URL; another month closes the drill-down.
  function choose(change: Record<string, string | undefined>) {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  }

  return (
    <>
      <ListPage
        title={t("payroll.title")}
        description={t("payroll.description")}
        actions={
          <>
            <ExportButton month={month} />
            {sheet.data && !sheet.data.locked && <LockMonth sheet={sheet.data} />}
          </>
        }
        filtersLabel={t("payroll.filter")}
        filters={
          <MonthFilter
            label={t("payroll.month")}
            value={month}
            onChange={(next) => choose({ month: next, person: undefined })}
          />
        }
        extra={sheet.data?.locked && <LockMonth sheet={sheet.data} />}
      >
        {sheet.isPending && <Loading />}
        {sheet.isError && <ProblemAlert error={sheet.error} />}
        {sheet.data && <PayrollTable sheet={sheet.data} onSelect={(id) => choose({ person: id })} />}
      </ListPage>
      {sheet.data && (
        <>
          <PersonDrillDown month={month} personId={personId} onClose={() => choose({ person: undefined })} />
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
