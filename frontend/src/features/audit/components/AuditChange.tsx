import { Space, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../api/audit";
import { changedValues, displayValue, type ChangedValue } from "../model/audit-change";

/** What one write changed: each touched value before and after, with the record's id and the request's for support. */
export function AuditChange({ event, title }: { event: AuditEvent; title: string }) {
  const { t } = useTranslation();
  const changes = changedValues(event.before, event.after);
  const hasSnapshot = event.before !== undefined || event.after !== undefined;
  return (
    <Space orientation="vertical" size={8} style={{ width: "100%" }}>
      {hasSnapshot &&
        (changes.length > 0 ? (
          <Table<ChangedValue>
            aria-label={t("audit.changeOf", { what: title })}
            size="small"
            rowKey="path"
            pagination={false}
            scroll={{ x: "max-content" }}
            dataSource={changes}
            columns={[
              {
                title: t("audit.field"),
                dataIndex: "path",
                render: (path: string) => <Typography.Text code>{path}</Typography.Text>,
              },
              {
                title: t("audit.before"),
                dataIndex: "before",
                render: (value: unknown) => (
                  <Typography.Text delete={value !== undefined}>{displayValue(value)}</Typography.Text>
                ),
              },
              { title: t("audit.after"), dataIndex: "after", render: (value: unknown) => displayValue(value) },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t("audit.noChange")}</Typography.Text>
        ))}
      <Typography.Text type="secondary">{t("audit.entityRef", { id: event.entityId })}</Typography.Text>
      {event.requestId && (
        <Typography.Text type="secondary">{t("audit.requestId", { requestId: event.requestId })}</Typography.Text>
      )}
    </Space>
  );
}
