import { Card, Flex, Table, Tag, Typography, theme, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenantFormat } from "@/lib/current-user";
import type { Installer, WorkOrderSummary } from "../api/work-orders";
import { UNASSIGNED, appointmentsByInstallerAndDay } from "../model/calendar-grid";
import { boardColumnOf } from "../model/lifecycle";
import { STATUS_COLOURS } from "./StatusBadge";

interface DispatchWeekProps {
  days: readonly string[];
  installers: readonly Installer[];
  orders: readonly WorkOrderSummary[];
}

interface Row {
  id: string;
  name: string;
  hours: string;
}

const WEEKDAY_KEYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;

/** One appointment in a day's cell: its window, number and customer, coloured by state; opens the order. */
function Appointment({ order }: { order: WorkOrderSummary }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const window = `${format.time(order.appointment.start)}–${format.time(order.appointment.end)}`;
  return (
    <Link
      to={`/work-orders/${order.id}`}
      title={`${t(`workOrders.type.${order.type}`)} · ${t(`workOrders.status.${order.status}`)} · ${order.description}`}
      style={{ display: "block" }}
    >
      <Tag
        color={STATUS_COLOURS[boardColumnOf(order.status)]}
        style={{ display: "block", marginInlineEnd: 0, whiteSpace: "normal", lineHeight: 1.4, padding: "2px 6px" }}
      >
        <Typography.Text strong style={{ color: "inherit", display: "block" }}>
          {window} {order.number}
        </Typography.Text>
        <span>{order.customerName}</span>
      </Tag>
    </Link>
  );
}

/** Per installer (rows) and day (columns), their appointments; unassigned orders in the first row. */
export function DispatchWeek({ days, installers, orders }: DispatchWeekProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { token } = theme.useToken();
  const grid = appointmentsByInstallerAndDay(orders, days, format.timeZone);
  const today = format.today();
  // Inactive installers appear only when they still have appointments this week.
  const rows: Row[] = [
    { id: UNASSIGNED, name: t("dispatch.calendar.unassigned"), hours: "" },
    ...installers
      .filter((installer) => installer.status === "ACTIVE" || grid.has(installer.id))
      .map((installer) => ({
        id: installer.id,
        name: installer.displayName,
        hours: `${installer.workingHours.start}–${installer.workingHours.end}`,
      })),
  ];
  const todayStyle = { background: token.colorPrimaryBg };

  const columns: TableColumnsType<Row> = [
    {
      key: "installer",
      title: t("dispatch.calendar.installer"),
      fixed: "left",
      width: 140,
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.name}</Typography.Text>
          {row.hours && (
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {row.hours}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...days.map((day, index) => ({
      key: day,
      title: (
        <>
          {t(`calendar.weekdays.${WEEKDAY_KEYS[index]!}`)}{" "}
          <Typography.Text type="secondary">{day.slice(5)}</Typography.Text>
        </>
      ),
      width: 150,
      onHeaderCell: () => ({ style: day === today ? todayStyle : undefined }),
      onCell: () => ({ style: { verticalAlign: "top", ...(day === today ? todayStyle : {}) } }),
      render: (_: unknown, row: Row) => {
        const appointments = grid.get(row.id)?.get(day) ?? [];
        return (
          <Flex vertical gap={4}>
            {appointments.map((order) => (
              <Appointment key={order.id} order={order} />
            ))}
          </Flex>
        );
      },
    })),
  ];

  return (
    <Card styles={{ body: { padding: 0 } }}>
      {/* The week scrolls sideways inside this region, which the keyboard can focus and scroll (a week with no
          appointments has no link in it to tab to). */}
      <div role="region" aria-label={t("dispatch.calendar.title")} tabIndex={0} style={{ overflowX: "auto" }}>
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={false}
          size="small"
          bordered
          style={{ minWidth: 140 + 150 * days.length }}
          aria-label={t("dispatch.calendar.title")}
        />
      </div>
    </Card>
  );
}
