import { Button, Empty, Tag, Typography, theme } from "antd";
import { Fragment, useState, type CSSProperties, type DragEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useReasonWords } from "@/lib/dispatch-reasons";
import { dayInWords } from "@/lib/format";
import type { DispatchCard, DispatchRow } from "../api/dispatch";
import { travelGaps } from "../model/timeline";
import type { WeekRow } from "../model/week";
import { OrderCard, type OrderCardProps } from "./OrderCard";
import type { Dragging } from "./Timeline";
import "./console.css";
import "./week.css";

type CardHandlers = Pick<OrderCardProps, "onPickUp" | "onSuggest" | "onDragStart" | "onDragEnd">;

interface WeekGridProps {
  /** The seven days, Monday first. */
  days: readonly string[];
  rows: readonly WeekRow[];
  timeZone: string;
  today: string;
  dragging: Dragging | null;
  pendingId: string | null;
  focusId: string | null;
  /** A refused move, shown under the row it was meant for. */
  refusal: { rowId: string; content: ReactNode } | null;
  /** A day's header was chosen: show that day on the time scale. */
  onOpenDay: (day: string) => void;
  onDrop: (card: DispatchCard, installerId: string, day: string) => void;
  handlers: CardHandlers;
}

/**
 * The week at a glance: a row per installer, a column per day with their working hours or leave and their jobs in
 * time order, with the time between them. An order dropped on a day goes to that installer on that day at the same
 * time of day; a day's header opens that day on the time scale.
 */
export function WeekGrid({
  days,
  rows,
  timeZone,
  today,
  dragging,
  pendingId,
  focusId,
  refusal,
  onOpenDay,
  onDrop,
  handlers,
}: WeekGridProps) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const [over, setOver] = useState<{ rowId: string; day: string } | null>(null);

  if (rows.length === 0) {
    return <Empty description={t("dispatch.console.timeline.noInstallers")} />;
  }

  return (
    <div
      className="dispatch-week"
      role="region"
      aria-label={t("dispatch.console.week.label")}
      // Seven days are wider than most screens: the region scrolls sideways, also from the keyboard.
      tabIndex={0}
      style={
        {
          "--dispatch-line": token.colorBorderSecondary,
          "--dispatch-focus": token.colorPrimary,
          "--dispatch-today": token.colorPrimaryBg,
          "--dispatch-now": token.colorError,
        } as CSSProperties
      }
    >
      <table className="dispatch-week__table">
        <thead>
          <tr>
            <th scope="col" className="dispatch-week__name dispatch-week__corner">
              {t("dispatch.console.timeline.installer")}
            </th>
            {days.map((day) => (
              <th
                key={day}
                scope="col"
                className={`dispatch-week__day${day === today ? " dispatch-week__day--today" : ""}`}
                aria-current={day === today ? "date" : undefined}
              >
                <Button
                  type="link"
                  size="small"
                  title={t("dispatch.console.week.openDay")}
                  onClick={() => onOpenDay(day)}
                >
                  {dayInWords(day, i18n.language)}
                </Button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.id}>
              <tr data-installer={row.displayName}>
                <th scope="row" className="dispatch-week__name">
                  <Typography.Text strong ellipsis>
                    {row.displayName}
                  </Typography.Text>
                </th>
                {row.days.map((dayRow, index) => {
                  const day = days[index]!;
                  const isOver = over?.rowId === row.id && over.day === day;
                  const dropHere = {
                    onDragOver: (event: DragEvent<HTMLTableCellElement>) => {
                      if (!dragging) return;
                      event.preventDefault();
                      event.dataTransfer.dropEffect = "move";
                      if (!isOver) setOver({ rowId: row.id, day });
                    },
                    onDragLeave: (event: DragEvent<HTMLTableCellElement>) => {
                      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
                    },
                    onDrop: (event: DragEvent<HTMLTableCellElement>) => {
                      setOver(null);
                      if (!dragging) return;
                      event.preventDefault();
                      onDrop(dragging.card, row.id, day);
                    },
                  };
                  return (
                    <td
                      key={day}
                      className={`dispatch-week__cell${dayRow && !dayRow.available ? " dispatch-week__cell--away" : ""}${isOver ? " dispatch-week__cell--over" : ""}${day === today ? " dispatch-week__cell--today" : ""}`}
                      data-day={day}
                      {...dropHere}
                    >
                      <WeekDay
                        installer={row}
                        row={dayRow}
                        day={day}
                        timeZone={timeZone}
                        dragging={dragging}
                        pendingId={pendingId}
                        focusId={focusId}
                        handlers={handlers}
                      />
                    </td>
                  );
                })}
              </tr>
              {refusal?.rowId === row.id && (
                <tr>
                  <td colSpan={days.length + 1} className="dispatch-week__refusal">
                    <div className="dispatch-row__refusal">{refusal.content}</div>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface WeekDayProps {
  installer: WeekRow;
  /** The installer's row of the day's board; null when that day's board has none for them. */
  row: DispatchRow | null;
  day: string;
  timeZone: string;
  dragging: Dragging | null;
  pendingId: string | null;
  focusId: string | null;
  handlers: CardHandlers;
}

/** One installer's day in the week: leave or working hours, then the jobs by start with the time between them. */
function WeekDay({ installer, row, day, timeZone, dragging, pendingId, focusId, handlers }: WeekDayProps) {
  const { t, i18n } = useTranslation();
  const reasonWords = useReasonWords();
  if (!row) {
    return (
      <Typography.Text type="secondary" className="dispatch-week__note">
        {t("dispatch.console.week.notListed")}
      </Typography.Text>
    );
  }
  const gapBefore = new Map(travelGaps(row.jobs, day, timeZone).map((gap) => [gap.toId, gap]));
  const away = row.reasons.map((reason) =>
    reason.code === "on-leave" && (reason.date ?? day) === day
      ? t("dispatch.console.week.onLeave")
      : reasonWords(reason, day),
  );
  const awayText = away.length > 0 ? away.join("; ") : t("dispatch.console.timeline.unavailable");

  return (
    <>
      {row.available ? (
        <Typography.Text type="secondary" className="dispatch-week__note">
          {`${row.workingHoursStart}–${row.workingHoursEnd}`}
        </Typography.Text>
      ) : (
        <Tag color="warning" className="dispatch-week__away" title={awayText}>
          {awayText}
        </Tag>
      )}
      {row.jobs.length > 0 && (
        <ul
          className="dispatch-week__jobs"
          aria-label={t("dispatch.console.week.jobsOn", {
            name: installer.displayName,
            day: dayInWords(day, i18n.language),
          })}
        >
          {row.jobs.map((job) => {
            const gap = gapBefore.get(job.id);
            return (
              <li key={job.id}>
                {gap && (
                  <div
                    className={`dispatch-week__gap${gap.minutes < 0 ? " dispatch-week__gap--overlap" : ""}`}
                    title={t("dispatch.console.timeline.gapBetween", { from: gap.fromNumber, to: gap.toNumber })}
                  >
                    {gap.minutes < 0
                      ? t("dispatch.console.timeline.overlap")
                      : t("dispatch.console.timeline.gap", { minutes: gap.minutes })}
                  </div>
                )}
                <OrderCard
                  card={job}
                  placement="week"
                  helping={job.leadInstallerId !== row.id}
                  pending={pendingId === job.id}
                  focused={focusId === job.id && job.leadInstallerId === row.id}
                  // Wherever it is grabbed, a job dropped on a day keeps its time of day: no scale is involved.
                  pxPerHour={0}
                  style={{ opacity: dragging?.card.id === job.id ? 0.5 : undefined }}
                  {...handlers}
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
