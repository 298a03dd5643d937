import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useAttendanceExport, useAttendanceSheet } from "../api/attendance";
import { ClockCard } from "../components/ClockCard";
import { PersonDays } from "../components/PersonDays";
import { monthFrom } from "../model/attendance";

/**
 * Attendance (考勤): everyone clocks in and out here; the office sees the month's sheet of all staff with each
 * person's days and the XLSX export, an installer their own row.
 */
export function AttendanceRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const month = monthFrom(search.get("month"), format.today());
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const sheet = useAttendanceSheet(month);
  const exportSheet = useAttendanceExport(month);
  const rows = sheet.data?.pages.flatMap((page) => page.items) ?? [];
  const person = search.get("person") ?? (office ? null : me.userId);

  function choose(key: string, value: string | null) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        title={t("attendance.title")}
        description={office ? t("attendance.descriptionOffice") : t("attendance.descriptionOwn")}
        actions={
          office && (
            <button type="button" className="button" disabled={exportSheet.isPending} onClick={() => exportSheet.mutate()}>
              {exportSheet.isPending ? t("common.loading") : t("attendance.export")}
            </button>
          )
        }
      />
      <ProblemAlert error={exportSheet.error} />
      <ClockCard />
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("attendance.month")}</span>
          <input
            className="input"
            type="month"
            name="month"
            value={month}
            onChange={(event) => choose("month", event.target.value || null)}
          />
        </label>
      </div>
      {sheet.isPending && <Loading />}
      {sheet.isError && <ProblemAlert error={sheet.error} />}
      {sheet.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("attendance.sheet", { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("attendance.fields.name")}</th>
                <th scope="col">{t("attendance.fields.present")}</th>
                <th scope="col">{t("attendance.fields.field")}</th>
                <th scope="col">{t("attendance.fields.leave")}</th>
                <th scope="col">{t("attendance.fields.absent")}</th>
                <th scope="col">{t("attendance.fields.workingDays")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={7} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                rows.map((row) => (
                  <tr key={row.personId} aria-selected={person === row.personId}>
                    <td className="strong">{row.name}</td>
                    <td>{row.presentDays}</td>
                    <td>{row.fieldDays}</td>
                    <td>{row.leaveDays}</td>
                    <td className={row.absentDays > 0 ? "strong priority--high" : undefined}>{row.absentDays}</td>
                    <td>{row.workingDays}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={person === row.personId}
                        onClick={() => choose("person", person === row.personId ? null : row.personId)}
                      >
                        {t("attendance.showDays", { name: row.name })}
                      </button>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={sheet.hasNextPage} loading={sheet.isFetchingNextPage} onLoadMore={() => void sheet.fetchNextPage()} />
      {person && <PersonDays personId={person} month={month} />}
    </>
  );
}
