import { Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { Complaint } from "../api/complaints";
import { ComplaintStatusBadge } from "./ComplaintStatusBadge";

/** The complaints list's columns: number, what about, whom, state and deadline first; when and how on wider screens. */
export function useComplaintColumns(): ColumnsType<Complaint> {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return [
    {
      title: t("complaints.fields.number"),
      dataIndex: "number",
      render: (number: string, complaint) => <Link to={`/complaints/${complaint.id}`}>{number}</Link>,
    },
    {
      title: t("complaints.fields.category"),
      dataIndex: "category",
      render: (category: Complaint["category"]) => t(`complaints.category.${category}`),
    },
    {
      title: t("complaints.fields.status"),
      dataIndex: "status",
      render: (status: Complaint["status"]) => <ComplaintStatusBadge status={status} />,
    },
    {
      title: t("complaints.fields.answerDeadline"),
      dataIndex: "promise",
      render: (promise: Complaint["promise"]) => <PromiseBadge promise={promise} />,
    },
    {
      title: t("complaints.fields.installer"),
      dataIndex: "installerName",
      responsive: ["md"],
      render: (name?: string) => name ?? "—",
    },
    {
      title: t("complaints.fields.workOrder"),
      dataIndex: "workOrderNumber",
      responsive: ["md"],
      render: (number: string | undefined, complaint) =>
        complaint.workOrderId ? (
          <Link to={`/work-orders/${complaint.workOrderId}`}>{number ?? t("complaints.openWorkOrder")}</Link>
        ) : (
          "—"
        ),
    },
    {
      title: t("complaints.fields.receivedAt"),
      dataIndex: "receivedAt",
      responsive: ["lg"],
      render: (at: string, complaint) => (
        <>
          {format.dateTime(at)}
          <br />
          <Typography.Text type="secondary">{t(`complaints.channel.${complaint.channel}`)}</Typography.Text>
        </>
      ),
    },
    {
      title: t("complaints.fields.description"),
      dataIndex: "description",
      responsive: ["xl"],
      render: (description: string) => (
        <Typography.Text ellipsis={{ tooltip: description }} style={{ maxWidth: 280 }}>
          {description}
        </Typography.Text>
      ),
    },
  ];
}
