import { Space, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import { useNow } from "@/lib/use-now";
import type { FollowUp } from "../api/follow-ups";
import { isDue } from "../model/worklist";
import { FollowUpStatusBadge } from "./FollowUpStatusBadge";

/** The worklist's columns: whom to call about which order, when, how often tried, and the promise. */
export function useFollowUpColumns(): ColumnsType<FollowUp> {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const now = useNow();
  return [
    {
      key: "number",
      title: t("followUps.fields.number"),
      render: (_, followUp) => (
        <Link to={`/follow-ups/${followUp.id}`}>
          <strong>{followUp.number}</strong>
        </Link>
      ),
    },
    {
      key: "kind",
      title: t("followUps.fields.kind"),
      render: (_, followUp) => t(`followUps.kind.${followUp.kind}`),
    },
    {
      key: "customer",
      title: t("followUps.fields.customer"),
      render: (_, followUp) => (
        <Space size={4} wrap>
          {followUp.customerName}
          <PhoneLink phone={followUp.customerPhone} />
        </Space>
      ),
    },
    {
      key: "workOrder",
      title: t("followUps.fields.workOrder"),
      responsive: ["md"],
      render: (_, followUp) =>
        followUp.workOrderId ? (
          <Link to={`/work-orders/${followUp.workOrderId}`}>
            {followUp.workOrderNumber ?? t("followUps.openWorkOrder")}
          </Link>
        ) : (
          "—"
        ),
    },
    {
      key: "nextAttemptAt",
      title: t("followUps.fields.nextAttemptAt"),
      render: (_, followUp) => (
        <>
          <Typography.Text strong={isDue(followUp, now)}>{format.dateTime(followUp.nextAttemptAt)}</Typography.Text>
          {followUp.nextAttemptAt !== followUp.dueAt && (
            <Typography.Text type="secondary">
              {" "}
              {t("followUps.dueAtShort", { time: format.dateTime(followUp.dueAt) })}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: "attempts",
      title: t("followUps.fields.attempts"),
      responsive: ["md"],
      render: (_, followUp) => followUp.attempts,
    },
    {
      key: "status",
      title: t("followUps.fields.status"),
      render: (_, followUp) => <FollowUpStatusBadge status={followUp.status} />,
    },
    {
      key: "promise",
      title: t("followUps.fields.promise"),
      render: (_, followUp) => <PromiseBadge promise={followUp.promise} />,
    },
  ];
}
