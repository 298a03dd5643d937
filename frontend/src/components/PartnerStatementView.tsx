import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { partnerOwes, statementRows, type PartnerStatement } from "@/lib/partner-statement";

const TONE = { DRAFT: "badge--new", CONFIRMED: "badge--assigned", PAID: "badge--done" } as const;

export function PartnerStatementStatusBadge({ status }: { status: PartnerStatement["status"] }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`partners.statementStatus.${status}`)}</span>;
}

/**
 * A settlement statement (结算单): its summary (gross, delay, complaint and damage deductions, net) and the
 * counted orders with the terms used. The tenant's and the partner's pages show the same.
 */
export function PartnerStatementView({ statement }: { statement: PartnerStatement }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <>
      <section className="panel" aria-label={t("partners.statement.summary")}>
        <h2 className="panel__title">{t("partners.statement.summary")}</h2>
        <dl className="facts facts--columns">
          <dt>{t("partners.statement.period")}</dt>
          <dd>
            {statement.periodFrom} – {statement.periodTo}
          </dd>
          <dt>{t("partners.statement.status")}</dt>
          <dd>
            <PartnerStatementStatusBadge status={statement.status} />
          </dd>
          {statementRows(statement).map((row) => (
            <div key={row.key} className="statement-row" data-row={row.key} style={{ display: "contents" }}>
              <dt>
                {t(`partners.statement.rows.${row.key}`, { n: row.count ?? 0, percent: row.percent ?? "—" })}
              </dt>
              <dd className={row.key === "net" ? "strong" : undefined}>
                {row.deduction && Number(row.amount) !== 0 ? "−" : ""}
                {format.money(row.amount)}
              </dd>
            </div>
          ))}
        </dl>
        {partnerOwes(statement) && <p className="alert alert--warning">{t("partners.statement.partnerOwes")}</p>}
      </section>
      <section className="panel" aria-label={t("partners.statement.lines")}>
        <h2 className="panel__title">{t("partners.statement.lines")}</h2>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t("partners.statement.lines")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.fields.workOrder")}</th>
                <th scope="col">{t("partners.fields.units")}</th>
                <th scope="col">{t("partners.fields.feePerUnit")}</th>
                <th scope="col">{t("partners.statement.amount")}</th>
                <th scope="col">{t("partners.fields.dueDate")}</th>
                <th scope="col">{t("partners.statement.workDoneOn")}</th>
                <th scope="col">{t("partners.statement.daysLate")}</th>
                <th scope="col">{t("partners.statement.complaintCount")}</th>
                <th scope="col">{t("partners.fields.damage")}</th>
              </tr>
            </thead>
            <tbody>
              {statement.lines.length === 0 ? (
                <tr>
                  <td colSpan={9} className="empty">
                    {t("partners.statement.noLines")}
                  </td>
                </tr>
              ) : (
                statement.lines.map((line) => (
                  <tr key={line.workOrderId}>
                    <td className="nowrap">{line.workOrderNumber}</td>
                    <td>{line.units}</td>
                    <td className="nowrap">{format.money(line.feePerUnit)}</td>
                    <td className="nowrap">{format.money(line.amount)}</td>
                    <td className="nowrap">{line.dueDate}</td>
                    <td className="nowrap">{line.workDoneOn}</td>
                    <td className={line.daysLate > 0 ? "strong" : undefined}>{line.daysLate}</td>
                    <td className={line.complaints > 0 ? "strong" : undefined}>{line.complaints}</td>
                    <td className="nowrap">{format.money(line.damageAmount)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
