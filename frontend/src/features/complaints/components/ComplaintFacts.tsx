import { Space, Tag, Typography, type DescriptionsProps, type TimelineProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import type { Complaint } from "../api/complaints";
import { ComplaintStatusBadge } from "./ComplaintStatusBadge";
import { tagColour } from "@/app/design/theme";

/** Everything about one complaint: how it came in, about whom, the answer's deadline, and what it says. */
export function useComplaintFacts(complaint: Complaint): DescriptionsProps["items"] {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const items: DescriptionsProps["items"] = [
    {
      key: "status",
      label: t("complaints.fields.status"),
      children: (
        <Space size={4} wrap>
          <ComplaintStatusBadge status={complaint.status} />
          {complaint.verified && complaint.status === "CLOSED" && <Tag>{t("complaints.verifiedChip")}</Tag>}
        </Space>
      ),
    },
    {
      key: "category",
      label: t("complaints.fields.category"),
      children: t(`complaints.category.${complaint.category}`),
    },
    { key: "channel", label: t("complaints.fields.channel"), children: t(`complaints.channel.${complaint.channel}`) },
    {
      key: "receivedAt",
      label: t("complaints.fields.receivedAt"),
      children: `${format.dateTime(complaint.receivedAt)} · ${nameOf(complaint.createdBy)}`,
    },
    { key: "installer", label: t("complaints.fields.installer"), children: complaint.installerName ?? "—" },
    {
      key: "workOrder",
      label: t("complaints.fields.workOrder"),
      children: complaint.workOrderId ? (
        <Link to={`/work-orders/${complaint.workOrderId}`}>
          {complaint.workOrderNumber ?? t("complaints.openWorkOrder")}
        </Link>
      ) : (
        "—"
      ),
    },
    {
      key: "customer",
      label: t("complaints.fields.customer"),
      children: complaint.customerId ? (
        <Link to={`/customers/${complaint.customerId}`}>{complaint.customerName ?? t("complaints.openCustomer")}</Link>
      ) : (
        "—"
      ),
    },
    {
      key: "complainant",
      label: t("complaints.fields.complainant"),
      children:
        complaint.complainantName || complaint.complainantPhone ? (
          <Space size={6} wrap>
            {complaint.complainantName}
            <PhoneLink phone={complaint.complainantPhone} />
          </Space>
        ) : (
          "—"
        ),
    },
    {
      key: "answerDeadline",
      label: t("complaints.fields.answerDeadline"),
      children: complaint.promise ? <PromiseBadge promise={complaint.promise} /> : "—",
    },
    {
      key: "description",
      label: t("complaints.fields.description"),
      span: "filled",
      children: <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{complaint.description}</Typography.Text>,
    },
  ];
  if (complaint.investigationNote) {
    items.push({
      key: "investigationNote",
      label: t("complaints.fields.investigationNote"),
      span: "filled",
      children: complaint.investigationNote,
    });
  }
  if (complaint.decidedAt) {
    items.push({
      key: "decision",
      label: t("complaints.fields.decision"),
      span: "filled",
      children: (
        <>
          {t(complaint.verified ? "complaints.decision.verified" : "complaints.decision.rejected")}
          {complaint.decisionNote && <> — {complaint.decisionNote}</>}
        </>
      ),
    });
  }
  if (complaint.customerAnswer) {
    items.push({
      key: "customerAnswer",
      label: t("complaints.fields.customerAnswer"),
      span: "filled",
      children: complaint.customerAnswer,
    });
  }
  if (complaint.remedialAction) {
    items.push({
      key: "remedialAction",
      label: t("complaints.fields.remedialAction"),
      span: "filled",
      children: complaint.remedialAction,
    });
  }
  return items;
}

/** The complaint's history: received, decided, closed — when and by whom. */
export function useComplaintTimeline(complaint: Complaint): TimelineProps["items"] {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const line = (what: string, at: string, by: string | undefined) => (
    <>
      <Typography.Text>{what}</Typography.Text>
      <br />
      <Typography.Text type="secondary">
        {format.dateTime(at)}
        {by ? ` · ${nameOf(by)}` : ""}
      </Typography.Text>
    </>
  );
  const items: NonNullable<TimelineProps["items"]> = [
    { key: "received", content: line(t("complaints.history.received"), complaint.receivedAt, complaint.createdBy) },
  ];
  if (complaint.decidedAt) {
    items.push({
      key: "decided",
      color: complaint.verified ? "red" : "gray",
      content: line(
        t(complaint.verified ? "complaints.history.verified" : "complaints.history.rejected"),
        complaint.decidedAt,
        complaint.decidedBy,
      ),
    });
  }
  if (complaint.closedAt) {
    items.push({
      key: "closed",
      color: tagColour.green,
      content: line(t("complaints.history.closed"), complaint.closedAt, complaint.closedBy),
    });
  }
  return items;
}
