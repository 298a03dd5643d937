import { Card, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenantFormat } from "@/lib/current-user";
import type { WorkOrderSummary } from "../api/work-orders";
import { TASKS } from "../model/work-order-form";
import { StatusBadge } from "./StatusBadge";

/** One job in the installer's list: when, what, and where it stands; the whole card opens the job. */
export function JobCard({ order, showDate }: { order: WorkOrderSummary; showDate: boolean }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const tasks = TASKS.filter((task) => order.tasks[task]);
  const urgent = order.priority === "URGENT" || order.priority === "HIGH";
  return (
    <li style={{ listStyle: "none" }}>
      <Link to={`/jobs/${order.id}`} aria-label={t("jobs.open", { number: order.number })} style={{ color: "inherit" }}>
        <Card size="small" hoverable>
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {showDate && `${format.localDate(order.appointment.start).slice(5)} `}
                {format.time(order.appointment.start)}–{format.time(order.appointment.end)}
              </Typography.Text>
              <StatusBadge status={order.status} />
            </Flex>
            <Typography.Text>
              {order.number} · {t(`workOrders.type.${order.type}`)} · {order.customerName}
              {urgent && (
                <Tag color={order.priority === "URGENT" ? "red" : "orange"} style={{ marginInlineStart: 8 }}>
                  {t(`workOrders.priority.${order.priority}`)}
                </Tag>
              )}
            </Typography.Text>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {order.description}
            </Typography.Paragraph>
            {tasks.length > 0 && (
              <Flex gap={4} wrap>
                {tasks.map((task) => (
                  <Tag key={task}>{t(`workOrders.tasks.${task}`)}</Tag>
                ))}
              </Flex>
            )}
          </Flex>
        </Card>
      </Link>
    </li>
  );
}
