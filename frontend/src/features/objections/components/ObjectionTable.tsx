import { Space, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { Objection } from "../api/objections";
import { EscalatedBadge, ObjectionStatusBadge } from "./ObjectionStatusBadge";

/** The objections list's columns: number, whose, state and deadline first; source and time on wider screens. */
export function useObjectionColumns(): ColumnsType<Objection> {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return [
    {
      title: t("objections.fields.number"),
      dataIndex: "number",
      render: (number: string, objection) => <Link to={`/objections/${objection.id}`}>{number}</Link>,
    },
    {
      title: t("objections.fields.customer"),
      dataIndex: "customerName",
      render: (name: string, objection) => (
        <Space size={4} wrap>
          {name}
          <PhoneLink phone={objection.customerPhone} />
        </Space>
      ),
    },
    {
      title: t("objections.fields.status"),
      dataIndex: "status",
      render: (status: Objection["status"], objection) => (
        <Space size={4} wrap>
          <ObjectionStatusBadge status={status} />
          {objection.escalated && <EscalatedBadge />}
        </Space>
      ),
    },
    {
      title: t("objections.fields.deadline"),
      dataIndex: "promise",
      render: (promise: Objection["promise"]) => <PromiseBadge promise={promise} />,
    },
    {
      title: t("objections.fields.source"),
      dataIndex: "source",
      responsive: ["md"],
      render: (source: Objection["source"]) => t(`objections.source.${source}`),
    },
    {
      title: t("objections.fields.createdAt"),
      dataIndex: "createdAt",
      responsive: ["lg"],
      render: (at: string) => format.dateTime(at),
    },
    {
      title: t("objections.fields.description"),
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
