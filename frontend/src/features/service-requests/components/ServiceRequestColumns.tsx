import { Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { ServiceRequest } from "../api/service-requests";
import { RequestStatusBadge } from "./RequestStatusBadge";

/** The request list's columns: number, who, what, status and promise first; when, how and the text on wider screens. */
export function useServiceRequestColumns(): ColumnsType<ServiceRequest> {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return [
    {
      title: t("serviceRequests.fields.number"),
      dataIndex: "number",
      render: (number: string, request) => <Link to={`/service-requests/${request.id}`}>{number}</Link>,
    },
    {
      title: t("serviceRequests.fields.customer"),
      dataIndex: "customerName",
    },
    {
      title: t("serviceRequests.fields.category"),
      dataIndex: "category",
      render: (category: ServiceRequest["category"]) => t(`serviceRequests.category.${category}`),
    },
    {
      title: t("serviceRequests.fields.status"),
      dataIndex: "status",
      render: (status: ServiceRequest["status"]) => <RequestStatusBadge status={status} />,
    },
    {
      title: t("serviceRequests.fields.promise"),
      dataIndex: "promise",
      render: (promise: ServiceRequest["promise"]) => <PromiseBadge promise={promise} />,
    },
    {
      title: t("serviceRequests.fields.registeredAt"),
      dataIndex: "registeredAt",
      responsive: ["md"],
      render: (at: string) => format.dateTime(at),
    },
    {
      title: t("serviceRequests.fields.channel"),
      dataIndex: "channel",
      responsive: ["md"],
      render: (channel: ServiceRequest["channel"]) => t(`serviceRequests.channel.${channel}`),
    },
    {
      title: t("serviceRequests.fields.description"),
      dataIndex: "description",
      responsive: ["lg"],
      render: (description: string) => (
        <Typography.Text ellipsis={{ tooltip: description }} style={{ maxWidth: 280 }}>
          {description}
        </Typography.Text>
      ),
    },
  ];
}
