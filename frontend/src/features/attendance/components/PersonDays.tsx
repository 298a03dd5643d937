import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useAttendanceDetail } from "../api/attendance";

const TONE = {
  PRESENT: "badge--done",
  FIELD: "badge--assigned",
  LEAVE: "badge--leave-approved",
  ABSENT: "badge--late",
  OFF: "badge--off",
  UPCOMING: "badge--off",
} as const;

/** One person's days of the month: what each day counted as, and the clock-ins behind it. */
export function PersonDays({ personId, month }: { personId: string; month: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const detail = useAttendanceDetail(personId, month);
  const data = detail.data;
  return (
    <section className="panel" aria-label={t("attendance.detail.title", { name: data?.name ?? "" })}>
      <h2 className="panel__title">{t("attendance.detail.title", { name: data?.name ?? "" })}</h2>
      {detail.isPending && <Loading />}
      {detail.isError && <ProblemAlert error={detail.error} />}
      {data && (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t("attendance.detail.title", { name: data.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("attendance.detail.date")}</th>
                <th scope="col">{t("attendance.detail.kind")}</th>
                <th scope="col">{t("attendance.detail.clocks")}</th>
              </tr>
            </thead>
            <tbody>
              {data.days.map((day) => (
                <tr key={day.date}>
                  <td className="nowrap">
                    {day.date} {!day.workingDay && <span className="muted small">{t("attendance.detail.nonWorking")}</span>}
                  </td>
                  <td>
                    <span className={`badge ${TONE[day.kind]}`}>{t(`attendance.kind.${day.kind}`)}</span>
                    {day.field && day.kind !== "FIELD" && <span className="badge badge--assigned">{t("attendance.kind.FIELD")}</span>}
                  </td>
                  <td>
                    {day.clocks.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      day.clocks
                        .map(
                          (clock) =>
                            `${format.time(clock.clockInAt)}–${clock.clockOutAt ? format.time(clock.clockOutAt) : "…"}${clock.inPlace ? ` ${clock.inPlace}` : ""}`,
                        )
                        .join("，")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
