import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useAttendanceDetail, useClock } from "../api/attendance";
import { openClock } from "../model/attendance";

/** Clocking in and out as the signed-in person, with today's state. */
export function ClockCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const today = format.today();
  const detail = useAttendanceDetail(me.userId, today.slice(0, 7));
  const clock = useClock();
  const [place, setPlace] = useState("");
  const open = openClock(detail.data, today);
  const clockedToday = detail.data?.days.find((day) => day.date === today)?.clocks ?? [];
  const direction = open ? "out" : "in";
  return (
    <section className="panel panel--highlight" aria-label={t("attendance.clock.title")}>
      <h2 className="panel__title">{t("attendance.clock.title")}</h2>
      <p role="status">
        {detail.isPending
          ? t("common.loading")
          : open
            ? t("attendance.clock.clockedInSince", { time: format.time(open.clockInAt) })
            : t("attendance.clock.notClockedIn")}
      </p>
      {clockedToday.length > 0 && (
        <ul className="plain-list small">
          {clockedToday.map((entry) => (
            <li key={entry.id}>
              {format.time(entry.clockInAt)} – {entry.clockOutAt ? format.time(entry.clockOutAt) : "…"}
              {entry.inPlace && <span className="muted"> · {entry.inPlace}</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <TextField label={t("attendance.clock.place")} name="place" value={place} placeholder={t("attendance.clock.placeHint")} onChange={setPlace} />
        <button
          type="button"
          className="button button--primary button--large"
          disabled={clock.isPending || detail.isPending}
          onClick={() => clock.mutate({ direction, place }, { onSuccess: () => setPlace("") })}
        >
          {clock.isPending ? t("common.saving") : t(`attendance.clock.${direction}`)}
        </button>
      </div>
      <ProblemAlert error={clock.error ?? detail.error} />
    </section>
  );
}
