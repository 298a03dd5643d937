import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useInstallerDirectory, useReworkCounts } from "../api/work-orders";
import { installerNames } from "../model/names";
import { REWORK_PERIODS, isReworkPeriod, periodRange, reworkRows, type ReworkPeriod } from "../model/rework";

/** The manager's count of installer-caused rework per installer, for this month, last month or 90 days. */
export function ReworkStatsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const period: ReworkPeriod = isReworkPeriod(search.get("period")) ? (search.get("period") as ReworkPeriod) : "thisMonth";
  // Computed once per period and zone, so the query key stays the same while the page is open.
  const range = useMemo(() => periodRange(period, format.timeZone), [period, format.timeZone]);
  const counts = useReworkCounts(range);
  const installers = useInstallerDirectory();
  const rows = reworkRows(counts.data ?? [], installerNames(installers.data));

  return (
    <>
      <PageHeader
        title={t("reworkStats.title")}
        description={t("reworkStats.description")}
        actions={
          <Link to="/work-orders" className="button">
            {t("board.back")}
          </Link>
        }
      />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("reworkStats.period")}</span>
          <select
            className="input"
            name="period"
            value={period}
            onChange={(e) => setSearch(e.target.value === "thisMonth" ? {} : { period: e.target.value }, { replace: true })}
          >
            {REWORK_PERIODS.map((value) => (
              <option key={value} value={value}>
                {t(`reworkStats.periods.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          {t("reworkStats.range", { from: format.date(range.from), to: format.date(new Date(Date.parse(range.to) - 1).toISOString()) })}
        </span>
      </div>
      {counts.isPending && <Loading />}
      {counts.isError && <ProblemAlert error={counts.error} />}
      {installers.isError && <ProblemAlert error={installers.error} />}
      {counts.data &&
        (rows.length === 0 ? (
          <p className="muted">{t("reworkStats.empty")}</p>
        ) : (
          <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("reworkStats.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reworkStats.installer")}</th>
                <th scope="col">{t("reworkStats.count")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.installerId}>
                  <td title={row.installerId}>{row.name}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        ))}
    </>
  );
}
