import { Empty, Tag, Typography, theme } from "antd";
import { useEffect, useRef, useState, type CSSProperties, type DragEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNow } from "@/lib/use-now";
import type { DispatchBoard, DispatchCard, DispatchRow } from "../api/dispatch";
import {
  DEFAULT_AXIS,
  axisWidth,
  clockOf,
  dropStart,
  durationMinutes,
  hourTicks,
  lanesOf,
  minuteAtX,
  minuteOfDay,
  offHours,
  spanOf,
  travelGaps,
  xOfMinute,
  type Axis,
} from "../model/timeline";
import { OrderCard, type OrderCardProps } from "./OrderCard";
import { useReasonWords } from "@/lib/dispatch-reasons";
import "./console.css";

const LANE_HEIGHT = 66;
const GAP_STRIP = 20;
const MIN_CARD_WIDTH = 56;

/** A card being dragged, and how far into its job it was grabbed. */
export interface Dragging {
  card: DispatchCard;
  grabMinutes: number;
}

type CardHandlers = Pick<OrderCardProps, "onPickUp" | "onSuggest" | "onDragStart" | "onDragEnd">;

interface TimelineProps {
  board: DispatchBoard;
  axis: Axis;
  dragging: Dragging | null;
  pendingId: string | null;
  focusId: string | null;
  /** A refused move, shown under the row it was meant for. */
  refusal: { rowId: string; content: ReactNode } | null;
  onDrop: (card: DispatchCard, row: DispatchRow, startMinute: number) => void;
  handlers: CardHandlers;
}

/**
 * The day on a time scale: a row per installer with their working hours (shaded outside), leave or inactivity
 * (greyed, with the reason), their jobs where their appointments fall and the time and distance between them. An
 * order dropped on a row goes to that installer at the time under the pointer, snapped to a quarter hour.
 */
export function Timeline({ board, axis, dragging, pendingId, focusId, refusal, onDrop, handlers }: TimelineProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const now = useNow();
  const [hover, setHover] = useState<{ rowId: string; start: number } | null>(null);
  const width = axisWidth(axis);
  const ticks = hourTicks(axis);
  const nowMinute = minuteOfDay(new Date(now).toISOString(), board.day, board.timeZone);
  const showNow = nowMinute >= axis.start && nowMinute <= axis.end;
  const region = useRef<HTMLDivElement>(null);
  const scrolledTo = useRef<string | null>(null);
  // Where the day is worth looking at first: an hour before now, or the first job (else the first working hour).
  const firstJob = Math.min(
    ...board.rows.flatMap((row) => row.jobs.map((job) => spanOf(job.appointment, board.day, board.timeZone).start)),
  );
  const opening = showNow ? nowMinute - 60 : Number.isFinite(firstJob) ? firstJob - 30 : DEFAULT_AXIS.start + 60;

  useEffect(() => {
    // Once per day shown: later refreshes leave the person's own scrolling alone.
    const element = region.current;
    if (!element || scrolledTo.current === board.day) return;
    scrolledTo.current = board.day;
    element.scrollLeft = Math.max(0, xOfMinute(opening, axis));
  }, [board.day, opening, axis]);

  function startAt(event: DragEvent<HTMLDivElement>): number | null {
    if (!dragging) return null;
    const left = event.currentTarget.getBoundingClientRect().left;
    const pointer = minuteAtX(event.clientX - left, axis);
    return dropStart(pointer, dragging.grabMinutes, durationMinutes(dragging.card.appointment), axis);
  }

  if (board.rows.length === 0) {
    return <Empty description={t("dispatch.console.timeline.noInstallers")} />;
  }

  return (
    <div
      ref={region}
      className="dispatch-timeline"
      role="region"
      aria-label={t("dispatch.console.timeline.label")}
      // The day is wider than most screens: the region scrolls sideways, also from the keyboard.
      tabIndex={0}
      style={
        {
          "--dispatch-line": token.colorBorderSecondary,
          "--dispatch-hour": `${axis.pxPerHour}px`,
          "--dispatch-focus": token.colorPrimary,
          "--dispatch-now": token.colorError,
        } as CSSProperties
      }
    >
      <div className="dispatch-timeline__grid" style={{ minWidth: width }}>
        <div className="dispatch-timeline__scale" aria-hidden>
          <div className="dispatch-row__name dispatch-timeline__corner">{t("dispatch.console.timeline.installer")}</div>
          <div className="dispatch-timeline__ticks" style={{ width }}>
            {ticks.map((tick) => (
              <span key={tick.minute} className="dispatch-timeline__tick" style={{ left: tick.x }}>
                {tick.label}
              </span>
            ))}
          </div>
        </div>
        {board.rows.map((row) => (
          <InstallerRow
            key={row.id}
            row={row}
            day={board.day}
            timeZone={board.timeZone}
            axis={axis}
            width={width}
            nowMinute={showNow ? nowMinute : null}
            pendingId={pendingId}
            focusId={focusId}
            hoverStart={hover?.rowId === row.id ? hover.start : null}
            dragging={dragging}
            refusal={refusal?.rowId === row.id ? refusal.content : null}
            handlers={handlers}
            onDragOver={(event) => {
              const start = startAt(event);
              if (start === null) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = "move";
              if (hover?.rowId !== row.id || hover.start !== start) setHover({ rowId: row.id, start });
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHover(null);
            }}
            onDrop={(event) => {
              const start = startAt(event);
              setHover(null);
              if (start === null || !dragging) return;
              event.preventDefault();
              onDrop(dragging.card, row, start);
            }}
          />
        ))}
      </div>
    </div>
  );
}

interface InstallerRowProps {
  row: DispatchRow;
  day: string;
  timeZone: string;
  axis: Axis;
  width: number;
  nowMinute: number | null;
  pendingId: string | null;
  focusId: string | null;
  hoverStart: number | null;
  dragging: Dragging | null;
  refusal: ReactNode;
  handlers: CardHandlers;
  onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  onDragLeave: (event: DragEvent<HTMLDivElement>) => void;
  onDrop: (event: DragEvent<HTMLDivElement>) => void;
}

function InstallerRow({
  row,
  day,
  timeZone,
  axis,
  width,
  nowMinute,
  pendingId,
  focusId,
  hoverStart,
  dragging,
  refusal,
  handlers,
  onDragOver,
  onDragLeave,
  onDrop,
}: InstallerRowProps) {
  const { t, i18n } = useTranslation();
  const reasonWords = useReasonWords();
  const spanOfJob = (job: DispatchCard) => spanOf(job.appointment, day, timeZone);
  const { lane, count } = lanesOf(row.jobs, spanOfJob);
  const gaps = travelGaps(row.jobs, day, timeZone);
  const height = count * LANE_HEIGHT + GAP_STRIP;
  const hours = `${row.workingHoursStart}–${row.workingHoursEnd}`;
  const away = row.available ? [] : row.reasons.map((reason) => reasonWords(reason, day));
  const awayText = away.length > 0 ? away.join("; ") : t("dispatch.console.timeline.unavailable");
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const x = (minute: number) => xOfMinute(minute, axis);

  return (
    <>
      <div
        className={`dispatch-row${row.available ? "" : " dispatch-row--unavailable"}`}
        role="group"
        aria-label={
          row.available
            ? t("dispatch.console.timeline.rowLabel", { name: row.displayName, hours, count: row.jobs.length })
            : t("dispatch.console.timeline.rowLabelAway", { name: row.displayName, reason: awayText })
        }
        data-installer={row.displayName}
      >
        <div className="dispatch-row__name">
          <Typography.Text strong ellipsis>
            {row.displayName}
          </Typography.Text>
          <Typography.Text type="secondary" className="dispatch-row__hours">
            {hours}
          </Typography.Text>
          {row.qualifications.length > 0 && (
            <div className="dispatch-row__certificates">
              {row.qualifications.map((q) => (
                <Tag key={q} variant="outlined" title={t(`qualifications.${q}`)}>
                  {t(`dispatch.console.certificate.${q}`)}
                </Tag>
              ))}
            </div>
          )}
          {!row.available && (
            <Typography.Text type="warning" className="dispatch-row__away">
              {awayText}
            </Typography.Text>
          )}
        </div>
        <div
          className="dispatch-row__track"
          style={{ width, height }}
          data-drop-target={row.displayName}
          onDragOver={onDragOver}
          onDragLeave={onDragLeave}
          onDrop={onDrop}
        >
          {offHours(row.workingHoursStart, row.workingHoursEnd, axis).map((span) => (
            <div
              key={span.start}
              className="dispatch-row__off"
              style={{ left: x(span.start), width: x(span.end) - x(span.start) }}
              aria-hidden
            />
          ))}
          {!row.available && (
            <div className="dispatch-row__away-band" aria-hidden>
              <span>{awayText}</span>
            </div>
          )}
          {nowMinute !== null && <div className="dispatch-row__now" style={{ left: x(nowMinute) }} aria-hidden />}
          <ul
            className="dispatch-row__jobs"
            aria-label={t("dispatch.console.timeline.jobsOf", { name: row.displayName })}
          >
            {row.jobs.map((job) => {
              const span = spanOfJob(job);
              return (
                <li key={job.id}>
                  <OrderCard
                    card={job}
                    placement="row"
                    helping={job.leadInstallerId !== row.id}
                    pending={pendingId === job.id}
                    focused={focusId === job.id && job.leadInstallerId === row.id}
                    pxPerHour={axis.pxPerHour}
                    style={{
                      left: x(span.start),
                      width: Math.max(MIN_CARD_WIDTH, x(span.end) - x(span.start) - 2),
                      top: (lane.get(job.id) ?? 0) * LANE_HEIGHT + 3,
                      opacity: dragging?.card.id === job.id ? 0.5 : undefined,
                    }}
                    {...handlers}
                  />
                </li>
              );
            })}
          </ul>
          {gaps.map((gap) => (
            <div
              key={`${gap.fromId}-${gap.toId}`}
              className={`dispatch-gap${gap.minutes < 0 ? " dispatch-gap--overlap" : ""}`}
              style={{
                left: x(Math.min(gap.start, gap.end)),
                width: Math.max(2, Math.abs(x(gap.end) - x(gap.start))),
              }}
              title={t("dispatch.console.timeline.gapBetween", { from: gap.fromNumber, to: gap.toNumber })}
            >
              {gap.minutes < 0
                ? t("dispatch.console.timeline.overlap")
                : gap.km === null
                  ? t("dispatch.console.timeline.gap", { minutes: gap.minutes })
                  : t("dispatch.console.timeline.gapWithKm", { minutes: gap.minutes, km: km.format(gap.km) })}
            </div>
          ))}
          {hoverStart !== null && dragging && (
            <div
              className="dispatch-row__ghost"
              style={{
                left: x(hoverStart),
                width: x(hoverStart + durationMinutes(dragging.card.appointment)) - x(hoverStart),
              }}
              aria-hidden
            >
              {clockOf(hoverStart)}
            </div>
          )}
        </div>
      </div>
      {refusal && <div className="dispatch-row__refusal">{refusal}</div>}
    </>
  );
}
