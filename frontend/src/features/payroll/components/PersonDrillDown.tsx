import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { usePersonPayroll } from "../api/payroll";
import { DEDUCTIONS, PAY_COLUMNS, groupLines } from "../model/payroll";

const NUMBER = { textAlign: "right", fontVariantNumeric: "tabular-nums" } as const;

/** A person's month line by line: each amount with where it came from, corrections of locked months marked. */
export function PersonDrillDown({ month, personId, onClose }: { month: string; personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const person = usePersonPayroll(month, personId);
  const data = person.data;
  const title = data ? t("payroll.drillDown.title", { name: data.row.name, month }) : t("payroll.drillDown.loading");
  return (
    <section className="panel panel--highlight" aria-label={title}>
      <div className="action-bar">
        <h2 className="panel__title">{title}</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
      {person.isPending && <Loading />}
      {person.isError && <ProblemAlert error={person.error} />}
      {data && (
        <>
          <dl className="facts facts--columns">
            {PAY_COLUMNS.map((column) => (
              <div key={column} style={{ display: "contents" }}>
                <dt>{t(`payroll.columns.${column}`)}</dt>
                <dd>{format.money(data.row[column])}</dd>
              </div>
            ))}
          </dl>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{t("payroll.drillDown.lines")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("payroll.drillDown.component")}</th>
                  <th scope="col">{t("payroll.drillDown.occurredOn")}</th>
                  <th scope="col">{t("payroll.drillDown.sourceType")}</th>
                  <th scope="col">{t("payroll.drillDown.description")}</th>
                  <th scope="col" style={NUMBER}>
                    {t("payroll.drillDown.amount")}
                  </th>
                </tr>
              </thead>
              {groupLines(data.lines).map((group) => (
                <tbody key={group.component}>
                  {group.lines.map((line, index) => (
                    <tr key={`${line.sourceId ?? line.sourceType}-${index}`}>
                      <td className="nowrap">{t(`payroll.component.${line.component}`)}</td>
                      <td className="nowrap">{line.occurredOn ?? <span className="muted">—</span>}</td>
                      <td className="nowrap">{t(`payroll.sourceType.${line.sourceType}` as "payroll.sourceType.INSTALLER", { defaultValue: line.sourceType })}</td>
                      <td>
                        {line.description}
                        {line.correctionOf && <span className="chip">{t("payroll.drillDown.correctionOf", { month: line.correctionOf })}</span>}
                      </td>
                      <td className="nowrap" style={NUMBER}>
                        {DEDUCTIONS.includes(line.component) ? "−" : ""}
                        {format.money(line.amount)}
                      </td>
                    </tr>
                  ))}
                  <tr className="muted">
                    <td colSpan={4}>{t("payroll.drillDown.subtotal", { component: t(`payroll.component.${group.component}`) })}</td>
                    <td className="nowrap" style={NUMBER}>
                      {DEDUCTIONS.includes(group.component) ? "−" : ""}
                      {format.money(group.subtotal)}
                    </td>
                  </tr>
                </tbody>
              ))}
              {data.lines.length === 0 && (
                <tbody>
                  <tr>
                    <td colSpan={5} className="empty">
                      {t("payroll.drillDown.noLines")}
                    </td>
                  </tr>
                </tbody>
              )}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
