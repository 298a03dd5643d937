import { Card, Flex, Timeline as AntTimeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { PAUSE_REASONS } from "@/lib/promises";
import type { TimelineEntry } from "../api/work-orders";

interface TimelineProps {
  entries: readonly TimelineEntry[];
  nameOf: (installerId: string) => string;
  /** Without its own card, e.g. inside a disclosure on the installer's phone. */
  bare?: boolean;
}

const INSTALLER_KEYS = new Set(["leadInstallerId"]);
/** Details that are instants: a moved appointment ("from", "to") and a resumed promise's new due time. */
const INSTANT_KEYS = new Set(["from", "to", "dueAt"]);

/** Who acted, by display name: the server's name for the actor when it sends one, else the name it recorded. */
function actorOf(entry: TimelineEntry): string {
  return entry.actorDisplayName || entry.actorName;
}

/** The order's history as antd Timeline items, oldest first: who did what when, and what they recorded. */
export function useTimelineItems(entries: readonly TimelineEntry[], nameOf: (installerId: string) => string) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();

  function label(prefix: string, key: string): string {
    const path = `${prefix}.${key}`;
    return i18n.exists(path) ? t(path as "workOrders.timeline.actions.created") : key;
  }

  function value(key: string, raw: unknown): string {
    if (raw === null || raw === undefined) return "—";
    if (typeof raw === "boolean") return raw ? t("common.yes") : t("common.no");
    if (INSTALLER_KEYS.has(key) && typeof raw === "string") return nameOf(raw);
    if (INSTANT_KEYS.has(key) && typeof raw === "string") return format.dateTime(raw);
    if (key === "reason" && (PAUSE_REASONS as readonly unknown[]).includes(raw)) {
      return t(`promise.pauseReason.${raw as (typeof PAUSE_REASONS)[number]}`);
    }
    if (key === "helperIds" && Array.isArray(raw)) return raw.map((id) => nameOf(String(id))).join("、") || "—";
    if (key === "missing" && Array.isArray(raw))
      return raw.map((path) => label("workOrders.timeline.missing", String(path))).join("、");
    if (Array.isArray(raw)) return raw.map(String).join("、");
    if (typeof raw === "object") {
      return Object.entries(raw as Record<string, unknown>)
        .map(([k, v]) => `${label("workOrders.timeline.details", k)} ${value(k, v)}`)
        .join(" · ");
    }
    return String(raw);
  }

  const items = entries.map((entry) => ({
    key: entry.id,
    content: (
      <Flex vertical gap={2}>
        <Flex gap={8} wrap align="baseline">
          <Typography.Text strong>{label("workOrders.timeline.actions", entry.action)}</Typography.Text>
          {entry.toStatus && entry.fromStatus !== entry.toStatus && (
            <Typography.Text type="secondary">
              {entry.fromStatus ? `${t(`workOrders.status.${entry.fromStatus}`)} → ` : ""}
              {t(`workOrders.status.${entry.toStatus}`)}
            </Typography.Text>
          )}
        </Flex>
        <Typography.Text type="secondary">
          {format.dateTime(entry.occurredAt)} · {actorOf(entry)}
        </Typography.Text>
        {entry.details && Object.keys(entry.details).length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {Object.entries(entry.details).map(([key, raw]) => (
              <li key={key}>
                <Typography.Text type="secondary">{label("workOrders.timeline.details", key)}：</Typography.Text>
                {value(key, raw)}
              </li>
            ))}
          </ul>
        )}
      </Flex>
    ),
  }));

  return items;
}

/** The order's history, oldest first, in its own card (or bare, e.g. inside a disclosure). */
export function Timeline({ entries, nameOf, bare = false }: TimelineProps) {
  const { t } = useTranslation();
  const timeline = <AntTimeline items={useTimelineItems(entries, nameOf)} />;
  if (bare) return timeline;
  return (
    <Card size="small" title={t("workOrders.timeline.title")} role="region" aria-label={t("workOrders.timeline.title")}>
      {timeline}
    </Card>
  );
}
