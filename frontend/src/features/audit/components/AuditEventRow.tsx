import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { AuditEvent } from "../api/audit";

function pretty(value: unknown): string {
  if (value === undefined || value === null) return "—";
  return JSON.stringify(value, null, 2);
}

export function AuditEventRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const hasChange = event.before != null || event.after != null;
  return (
    <tr>
      <td className="nowrap">{event.occurredAt ? format.dateTime(event.occurredAt) : "—"}</td>
      <td className="nowrap">{event.actorName || event.actorId}</td>
      <td>
        <code>{event.action}</code>
      </td>
      <td>{event.entityType}</td>
      <td className="mono small">{event.entityId}</td>
      <td>
        {hasChange && (
          <details className="audit-change">
            <summary>{t("audit.showChange")}</summary>
            <div className="audit-change__body">
              <div>
                <h3 className="audit-change__title">{t("audit.before")}</h3>
                <pre>{pretty(event.before)}</pre>
              </div>
              <div>
                <h3 className="audit-change__title">{t("audit.after")}</h3>
                <pre>{pretty(event.after)}</pre>
              </div>
            </div>
            {event.requestId && <p className="muted small">{t("audit.requestId", { requestId: event.requestId })}</p>}
          </details>
        )}
      </td>
    </tr>
  );
}
