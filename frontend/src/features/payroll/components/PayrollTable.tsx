import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { PayrollRow, PayrollSheet } from "../api/payroll";
import { PAY_COLUMNS } from "../model/payroll";

const NUMBER = { textAlign: "right", fontVariantNumeric: "tabular-nums" } as const;

interface PayrollTableProps {
  sheet: PayrollSheet;
  selectedId: string | null;
  onSelect: (personId: string | null) => void;
}

/** One row per person and the totals: what makes up the net pay, and the reimbursements paid beside it. */
export function PayrollTable({ sheet, selectedId, onSelect }: PayrollTableProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();

  function cells(row: PayrollRow) {
    return PAY_COLUMNS.map((column) => (
      <td key={column} className={column === "netPay" ? "nowrap strong" : "nowrap"} style={NUMBER}>
        {format.money(row[column])}
      </td>
    ));
  }

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t("payroll.tableCaption", { month: sheet.month })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("payroll.columns.name")}</th>
            {PAY_COLUMNS.map((column) => (
              <th key={column} scope="col" style={NUMBER}>
                {t(`payroll.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.length === 0 ? (
            <tr>
              <td colSpan={PAY_COLUMNS.length + 1} className="empty">
                {t("payroll.empty")}
              </td>
            </tr>
          ) : (
            sheet.rows.map((row) => {
              const selected = row.personId !== undefined && row.personId === selectedId;
              return (
                <tr key={row.personId ?? row.name} className={selected ? "row--editor" : undefined}>
                  <th scope="row" className="nowrap">
                    {row.personId ? (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-expanded={selected}
                        onClick={() => onSelect(selected ? null : (row.personId ?? null))}
                      >
                        {row.name}
                      </button>
                    ) : (
                      row.name
                    )}
                  </th>
                  {cells(row)}
                </tr>
              );
            })
          )}
        </tbody>
        <tfoot>
          <tr className="strong">
            <th scope="row">{t("payroll.totals")}</th>
            {cells(sheet.totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
