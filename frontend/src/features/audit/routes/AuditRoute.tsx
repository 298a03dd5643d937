import { Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SearchFilter, SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { accountName, useAllStaffAccounts } from "@/lib/staff-accounts";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useAuditEvents, type AuditEvent } from "../api/audit";
import { AuditChange } from "../components/AuditChange";
import { AUDIT_ENTITY_TYPES, auditActionText, entityTypeText } from "../model/audit-action";

/** Who changed what, and when: each write in words, by the person's name, with its values before and after. */
export function AuditRoute() {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const entityType = search.get("entityType") ?? undefined;
  const entityId = search.get("entityId") ?? "";
  const typedId = useDebouncedValue(entityId.trim(), 400);
  const events = useAuditEvents({ entityType, entityId: typedId || undefined });
  const accounts = useAllStaffAccounts();

  function actorOf(event: AuditEvent): string {
    const displayName = (event as AuditEvent & { actorDisplayName?: string }).actorDisplayName;
    if (displayName) return displayName;
    if (event.actorId === "system") return t("audit.system");
    const account = accounts.data?.find((user) => user.id === event.actorId || user.username === event.actorName);
    if (account) return accountName(account, i18n.language);
    return event.actorName || t("audit.system");
  }

  const columns: ColumnsType<AuditEvent> = [
    {
      title: t("audit.occurredAt"),
      dataIndex: "occurredAt",
      render: (at: string) => <span style={{ whiteSpace: "nowrap" }}>{format.dateTime(at)}</span>,
    },
    { title: t("audit.actor"), key: "actor", render: (_, event) => actorOf(event) },
    {
      title: t("audit.action"),
      key: "action",
      render: (_, event) => (
        <Typography.Text strong>{auditActionText(event.action, event.entityType, t, i18n)}</Typography.Text>
      ),
    },
    {
      title: t("audit.entity"),
      dataIndex: "entityType",
      responsive: ["md"],
      render: (type: string) => entityTypeText(type, t, i18n),
    },
  ];

  const filtered = !!entityType || !!typedId;
  return (
    <ListPage
      title={t("audit.title")}
      description={t("audit.description", { timeZone: format.timeZone })}
      filtersLabel={t("audit.filter")}
      filters={
        <>
          <SelectFilter
            label={t("audit.entity")}
            placeholder={t("audit.allEntities")}
            value={entityType}
            onChange={(value) => choose("entityType", value)}
            options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeText(type, t, i18n) }))}
          />
          <SearchFilter
            label={t("audit.recordId")}
            placeholder={t("audit.recordIdHint")}
            value={entityId}
            onChange={(value) => choose("entityId", value)}
          />
        </>
      }
    >
      <DataTable<AuditEvent>
        caption={t("audit.title")}
        columns={columns}
        rowKey="id"
        expandable={{
          expandedRowRender: (event) => (
            <AuditChange event={event} title={auditActionText(event.action, event.entityType, t, i18n)} />
          ),
        }}
        empty={{ description: filtered ? t("audit.noMatch") : t("audit.empty") }}
        {...keysetTable(events)}
      />
    </ListPage>
  );
}
