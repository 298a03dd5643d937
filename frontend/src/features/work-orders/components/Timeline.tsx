import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { PAUSE_REASONS } from "@/lib/promises";
import type { TimelineEntry } from "../api/work-orders";

interface TimelineProps {
  entries: readonly TimelineEntry[];
  nameOf: (installerId: string) => string;
}

const INSTALLER_KEYS = new Set(["leadInstallerId"]);
/** Details that are instants: a moved appointment ("from", "to") and a resumed promise's new due time. */
const INSTANT_KEYS = new Set(["from", "to", "dueAt"]);

/** The order's history, oldest first: who did what when, and what they recorded. */
export function Timeline({ entries, nameOf }: TimelineProps) {
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
    if (key === "missing" && Array.isArray(raw)) return raw.map((path) => label("workOrders.timeline.missing", String(path))).join("、");
    if (Array.isArray(raw)) return raw.map(String).join("、");
    if (typeof raw === "object") {
      return Object.entries(raw as Record<string, unknown>)
        .map(([k, v]) => `${label("workOrders.timeline.details", k)} ${value(k, v)}`)
        .join(" · ");
    }
    return String(raw);
  }

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="panel__title">
        {t("workOrders.timeline.title")}
      </h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id} className="timeline__entry">
            <div className="timeline__head">
              <span className="timeline__time nowrap">{format.dateTime(entry.occurredAt)}</span>
              <span className="strong">{label("workOrders.timeline.actions", entry.action)}</span>
              {entry.toStatus && entry.fromStatus !== entry.toStatus && (
                <span className="muted small">
                  {entry.fromStatus ? `${t(`workOrders.status.${entry.fromStatus}`)} → ` : ""}
                  {t(`workOrders.status.${entry.toStatus}`)}
                </span>
              )}
              <span className="muted small">{entry.actorName}</span>
            </div>
            {entry.details && Object.keys(entry.details).length > 0 && (
              <ul className="timeline__details">
                {Object.entries(entry.details).map(([key, raw]) => (
                  <li key={key}>
                    <span className="muted">{label("workOrders.timeline.details", key)}：</span>
                    {value(key, raw)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
