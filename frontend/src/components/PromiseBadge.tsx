import { Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { PROMISE_TONE, relativeTime, type ServicePromise } from "@/lib/promises";
import { useNow } from "@/lib/use-now";

const TAG_COLOUR: Record<ServicePromise["status"], string> = {
  ON_TRACK: "success",
  AT_RISK: "warning",
  BREACHED: "error",
  PAUSED: "processing",
  MET: "success",
  CANCELLED: "default",
};

interface PromiseBadgeProps {
  promise: ServicePromise | undefined;
  /** Only the coloured state, for narrow places; the due time stays in the tooltip. */
  compact?: boolean;
}

/**
 * A service promise at a glance: its state in colour and when it falls due, relative ("3 小时后到期") and in the
 * tenant's time zone; the tooltip tells its kind and every instant of its clock. Nothing without a promise.
 */
export function PromiseBadge({ promise, compact = false }: PromiseBadgeProps) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const now = useNow();
  if (!promise) return null;

  const status = t(`promise.status.${promise.status}`);
  const reason = promise.pauseReason ? t(`promise.pauseReason.${promise.pauseReason}`) : undefined;
  const lines = [
    t("promise.tooltip.kind", { kind: t(`promise.kind.${promise.kind}`), status }),
    t("promise.tooltip.due", { time: format.dateTime(promise.dueAt) }),
    t("promise.tooltip.atRisk", { time: format.dateTime(promise.atRiskAt) }),
    t("promise.tooltip.started", { time: format.dateTime(promise.startedAt) }),
  ];
  if (promise.pausedAt)
    lines.push(t("promise.tooltip.paused", { time: format.dateTime(promise.pausedAt), reason: reason ?? "" }));
  if (promise.breachedAt) lines.push(t("promise.tooltip.breached", { time: format.dateTime(promise.breachedAt) }));
  if (promise.metAt) lines.push(t("promise.tooltip.met", { time: format.dateTime(promise.metAt) }));
  const calendarNote = promise.calendarUnknownFrom
    ? t("promise.calendarNote", { year: promise.calendarUnknownFrom })
    : null;
  if (calendarNote) lines.push(calendarNote);

  let due: { text: string; time?: string } | null = null;
  switch (promise.status) {
    case "ON_TRACK":
    case "AT_RISK":
      due = {
        text: t("promise.due", { relative: relativeTime(promise.dueAt, now, i18n.language) }),
        time: format.dateTime(promise.dueAt),
      };
      break;
    case "BREACHED":
      due = promise.metAt
        ? { text: t("promise.metLate", { time: format.dateTime(promise.metAt) }) }
        : {
            text: t("promise.due", { relative: relativeTime(promise.dueAt, now, i18n.language) }),
            time: format.dateTime(promise.dueAt),
          };
      break;
    case "PAUSED":
      due = { text: reason ?? t("promise.pausedNoReason") };
      break;
    case "MET":
      due = promise.metAt ? { text: "", time: format.dateTime(promise.metAt) } : null;
      break;
    case "CANCELLED":
      due = null;
  }

  // The classes name the state for tests and tools; how it looks is antd's.
  return (
    <Space
      size={4}
      wrap
      className={`promise-badge promise-badge--${PROMISE_TONE[promise.status]}`}
      title={lines.join("\n")}
    >
      <Tag
        color={TAG_COLOUR[promise.status]}
        variant={promise.status === "MET" ? "outlined" : "filled"}
        style={{ marginInlineEnd: 0 }}
      >
        {status}
      </Tag>
      {!compact && due && (
        <Typography.Text type={promise.status === "BREACHED" ? "danger" : "secondary"} style={{ fontSize: 12 }}>
          {due.text}
          {due.time && <span>{due.text ? ` ${due.time}` : due.time}</span>}
        </Typography.Text>
      )}
      {calendarNote && (
        <Typography.Text type="warning" role="note" style={{ fontSize: 12 }}>
          {compact ? `⚠ ${promise.calendarUnknownFrom}` : `⚠ ${calendarNote}`}
        </Typography.Text>
      )}
    </Space>
  );
}
