import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { AuditEvent } from "../api/audit";
import { changedValues, displayValue } from "../model/audit-change";

export function AuditEventRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const hasSnapshot = event.before !== undefined || event.after !== undefined;
  const changes = changedValues(event.before, event.after);
  return (
    <tr>
      <td className="nowrap">{format.dateTime(event.occurredAt)}</td>
      <td className="nowrap">{event.actorName || event.actorId}</td>
      <td>
        <code>{event.action}</code>
      </td>
      <td>{event.entityType}</td>
      <td className="mono small">{event.entityId}</td>
      <td>
        {(hasSnapshot || event.requestId) && (
          <details className="audit-change">
            <summary>{t("audit.showChange", { count: changes.length })}</summary>
            {changes.length > 0 ? (
              <table className="table table--compact audit-change__table">
                <thead>
                  <tr>
                    <th scope="col">{t("audit.field")}</th>
                    <th scope="col">{t("audit.before")}</th>
                    <th scope="col">{t("audit.after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.path}>
                      <th scope="row">
                        <code>{change.path}</code>
                      </th>
                      <td className="audit-change__before">{displayValue(change.before)}</td>
                      <td>{displayValue(change.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted small">{t("audit.noChange")}</p>
            )}
            {event.requestId && <p className="muted small">{t("audit.requestId", { requestId: event.requestId })}</p>}
          </details>
        )}
      </td>
    </tr>
  );
}
