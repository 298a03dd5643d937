import { PlusOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import { PROMISE_STATUSES, promiseStatusOf } from "@/lib/promises";
import { useUrlFilters } from "@/lib/use-url-filters";
import {
  useConnectionApplications,
  type ConnectionApplicationSummary,
  type ConnectionFilter,
} from "../api/connection-applications";
import { ConnectionStatusTag } from "../components/ConnectionTags";
import { CONNECTION_STATUSES, SUPPLY_CLASSES } from "../model/connection";

/** The list's filter from the page's URL. */
export function connectionFilterOf(search: URLSearchParams): ConnectionFilter {
  return {
    status: CONNECTION_STATUSES.find((value) => value === search.get("status")),
    supplyClass: SUPPLY_CLASSES.find((value) => value === search.get("supplyClass")),
    promiseStatus: promiseStatusOf(search.get("promiseStatus")),
  };
}

function useColumns(): ColumnsType<ConnectionApplicationSummary> {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return [
    {
      title: t("connections.fields.number"),
      dataIndex: "number",
      render: (number: string, application) => <Link to={`/connection-applications/${application.id}`}>{number}</Link>,
    },
    { title: t("connections.fields.customer"), dataIndex: "customerName" },
    {
      title: t("connections.fields.supplyClass"),
      dataIndex: "supplyClass",
      render: (value: ConnectionApplicationSummary["supplyClass"]) => t(`connections.class.${value}`),
    },
    {
      title: t("connections.fields.capacity"),
      dataIndex: "capacityKva",
      align: "right",
      render: (capacity: string) => `${Number(capacity)} kVA`,
    },
    {
      title: t("connections.fields.site"),
      dataIndex: "siteAddress",
      responsive: ["lg"],
      render: (address: string) => (
        <Typography.Text ellipsis={{ tooltip: address }} style={{ maxWidth: 240 }}>
          {address}
        </Typography.Text>
      ),
    },
    {
      title: t("connections.fields.status"),
      dataIndex: "status",
      render: (status: ConnectionApplicationSummary["status"]) => <ConnectionStatusTag status={status} />,
    },
    {
      title: t("connections.fields.promise"),
      dataIndex: "promise",
      render: (promise: ConnectionApplicationSummary["promise"]) => <PromiseBadge promise={promise} />,
    },
    {
      title: t("connections.fields.validUntil"),
      dataIndex: "planValidUntil",
      responsive: ["md"],
      render: (date: string | undefined) => (date ? format.date(date) : "—"),
    },
  ];
}

/** Connection applications (报装接电), newest first, with the deadline of the step each waits for. */
export function ConnectionApplicationsRoute() {
  const { t } = useTranslation();
  const { search, choose } = useUrlFilters();
  const filter = connectionFilterOf(search);
  const applications = useConnectionApplications(filter);
  const columns = useColumns();
  return (
    <ListPage
      title={t("connections.title")}
      description={t("connections.description")}
      actions={
        <LinkButton type="primary" icon={<PlusOutlined />} to="/connection-applications/new">
          {t("connections.create.open")}
        </LinkButton>
      }
      filtersLabel={t("connections.filter")}
      filters={
        <>
          <SelectFilter
            label={t("connections.fields.status")}
            placeholder={t("connections.allStatuses")}
            value={filter.status}
            onChange={(value) => choose("status", value)}
            options={CONNECTION_STATUSES.map((value) => ({ value, label: t(`connections.status.${value}`) }))}
          />
          <SelectFilter
            label={t("connections.fields.supplyClass")}
            placeholder={t("connections.allClasses")}
            value={filter.supplyClass}
            onChange={(value) => choose("supplyClass", value)}
            options={SUPPLY_CLASSES.map((value) => ({ value, label: t(`connections.class.${value}`) }))}
          />
          <SelectFilter
            label={t("promise.filter")}
            placeholder={t("promise.anyStatus")}
            value={filter.promiseStatus}
            onChange={(value) => choose("promiseStatus", value)}
            options={PROMISE_STATUSES.map((value) => ({ value, label: t(`promise.status.${value}`) }))}
          />
        </>
      }
    >
      <DataTable<ConnectionApplicationSummary>
        caption={t("connections.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("connections.empty") }}
        {...keysetTable(applications)}
      />
    </ListPage>
  );
}
