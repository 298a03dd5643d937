import { useId } from "react";
import { CalendarOutlined, PlusOutlined } from "@ant-design/icons";
import { DatePicker, Flex, Form, Select, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { PromiseBadge } from "@/components/PromiseBadge";
import { PROMISE_STATUSES, promiseStatusOf } from "@/lib/promises";
import { useUrlFilters } from "@/lib/use-url-filters";
import {
  useInstallerDirectory,
  useWorkOrderBoard,
  type BoardFilters,
  type WorkOrderSummary,
  type WorkOrderStatus,
} from "../api/work-orders";
import { AppointmentWindow, siteAddressOf } from "../components/OrderFacts";
import { LateTag, StatusBadge } from "../components/StatusBadge";
import { STATUSES } from "../model/lifecycle";
import { installerNames } from "../model/names";

const ISO_DATE = "YYYY-MM-DD";
const isDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** The board's filters as the URL has them (the home page's figures link here with them). */
function filtersOf(search: URLSearchParams): BoardFilters {
  const unassigned = search.get("unassigned");
  return {
    status: search
      .getAll("status")
      .filter((value): value is WorkOrderStatus => (STATUSES as readonly string[]).includes(value)),
    unassigned: unassigned === "true" || unassigned === "false" ? unassigned : undefined,
    scheduledOn: isDate(search.get("scheduledOn")),
    completedOn: isDate(search.get("completedOn")),
    installerId: search.get("installerId") ?? undefined,
    promiseStatus: promiseStatusOf(search.get("promiseStatus")),
  };
}

/** A day picked for a filter, kept in the URL as "2026-12-07". */
function DayFilter({ label, value, onChange }: { label: string; value?: string; onChange: (day?: string) => void }) {
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id}>
      <DatePicker
        id={id}
        allowClear
        format={ISO_DATE}
        value={value ? dayjs(value, ISO_DATE) : null}
        onChange={(day) => onChange(day ? day.format(ISO_DATE) : undefined)}
      />
    </Form.Item>
  );
}

/** The dispatcher's board: every order the filters let through, page by page, with crew and promise at a glance. */
export function WorkOrderBoardRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const { choose } = useUrlFilters();
  const filters = filtersOf(search);
  const orders = useWorkOrderBoard(filters);
  const installers = useInstallerDirectory();
  const nameOf = installerNames(installers.data);
  const filtered = search.toString() !== "";

  const columns: ColumnsType<WorkOrderSummary> = [
    {
      title: t("workOrders.fields.number"),
      key: "number",
      render: (_, order) => (
        <Flex vertical gap={2}>
          <Link to={`/work-orders/${order.id}`}>
            <Typography.Text strong style={{ color: "inherit" }}>
              {order.number}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary">
            {t(`workOrders.type.${order.type}`)}
            {order.priority === "HIGH" || order.priority === "URGENT"
              ? ` · ${t(`workOrders.priority.${order.priority}`)}`
              : ""}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("workOrders.fields.customer"),
      key: "customer",
      render: (_, order) => (
        <Flex vertical gap={2}>
          <span>{order.customerName}</span>
          {siteAddressOf(order) && <Typography.Text type="secondary">{siteAddressOf(order)}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t("workOrders.fields.appointment"),
      key: "appointment",
      responsive: ["sm"],
      render: (_, order) => <AppointmentWindow order={order} />,
    },
    {
      title: t("workOrders.fields.crew"),
      key: "crew",
      responsive: ["md"],
      render: (_, order) =>
        order.leadInstallerId ? (
          <span>
            {nameOf(order.leadInstallerId)}
            {order.helperIds.length > 0 && (
              <Typography.Text type="secondary"> + {order.helperIds.map(nameOf).join("、")}</Typography.Text>
            )}
          </span>
        ) : (
          <Tag color="warning">{t("workOrders.unassigned")}</Tag>
        ),
    },
    {
      title: t("workOrders.fields.status"),
      key: "status",
      render: (_, order) => (
        <Flex gap={4} wrap>
          <StatusBadge status={order.status} />
          {order.late && <LateTag short />}
        </Flex>
      ),
    },
    {
      title: t("workOrders.fields.promise"),
      key: "promise",
      responsive: ["lg"],
      render: (_, order) => <PromiseBadge promise={order.promise} />,
    },
    {
      title: t("workOrders.fields.description"),
      dataIndex: "description",
      responsive: ["xl"],
      ellipsis: true,
    },
  ];

  return (
    <ListPage
      title={t("board.title")}
      description={t("board.description")}
      actions={
        <>
          <LinkButton to="/work-orders/new" type="primary" icon={<PlusOutlined />}>
            {t("workOrders.create.open")}
          </LinkButton>
          <LinkButton to="/dispatch" icon={<CalendarOutlined />}>
            {t("dispatch.calendar.title")}
          </LinkButton>
        </>
      }
      filtersLabel={t("board.filter")}
      filters={
        <>
          <Form.Item label={t("workOrders.fields.status")} htmlFor="filter-workorders-fields-status">
            <Select
              id="filter-workorders-fields-status"
              mode="multiple"
              allowClear
              placeholder={t("common.all")}
              style={{ minWidth: 200 }}
              value={filters.status}
              onChange={(next: WorkOrderStatus[]) => {
                const params = new URLSearchParams(search);
                params.delete("status");
                next.forEach((status) => params.append("status", status));
                setSearch(params, { replace: true });
              }}
              options={STATUSES.map((status) => ({ value: status, label: t(`workOrders.status.${status}`) }))}
            />
          </Form.Item>
          <Form.Item label={t("board.filterInstaller")} htmlFor="filter-board-filterinstaller">
            <Select
              id="filter-board-filterinstaller"
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t("board.allInstallers")}
              style={{ minWidth: 160 }}
              value={filters.installerId}
              onChange={(next?: string) => choose("installerId", next)}
              options={(installers.data ?? []).map((installer) => ({
                value: installer.id,
                label: installer.displayName,
              }))}
            />
          </Form.Item>
          <SelectFilter
            label={t("board.crew")}
            placeholder={t("common.all")}
            value={filters.unassigned}
            onChange={(next) => choose("unassigned", next)}
            options={[
              { value: "true", label: t("workOrders.unassigned") },
              { value: "false", label: t("board.assigned") },
            ]}
          />
          <DayFilter
            label={t("board.scheduledOn")}
            value={filters.scheduledOn}
            onChange={(day) => choose("scheduledOn", day)}
          />
          <DayFilter
            label={t("board.completedOn")}
            value={filters.completedOn}
            onChange={(day) => choose("completedOn", day)}
          />
          <SelectFilter
            label={t("promise.filter")}
            placeholder={t("promise.anyStatus")}
            value={filters.promiseStatus}
            onChange={(next) => choose("promiseStatus", next)}
            options={PROMISE_STATUSES.map((status) => ({ value: status, label: t(`promise.status.${status}`) }))}
          />
        </>
      }
    >
      <DataTable<WorkOrderSummary>
        caption={t("board.title")}
        rowKey="id"
        columns={columns}
        {...keysetTable(orders)}
        empty={{
          description: filtered ? t("board.noMatch") : t("board.none"),
          action: !filtered && (
            <LinkButton to="/work-orders/new" type="primary" icon={<PlusOutlined />}>
              {t("workOrders.create.open")}
            </LinkButton>
          ),
        }}
      />
    </ListPage>
  );
}
