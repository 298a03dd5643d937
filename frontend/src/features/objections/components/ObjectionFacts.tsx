import { Space, Tag, Typography, type DescriptionsProps, type TimelineProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import type { Objection } from "../api/objections";
import { EscalatedBadge, ObjectionStatusBadge } from "./ObjectionStatusBadge";
import { tagColour } from "@/app/design/theme";

/** Everything about one objection: whose, from where, the deadline of the commitment, and what was done. */
export function useObjectionFacts(objection: Objection): DescriptionsProps["items"] {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const items: DescriptionsProps["items"] = [
    {
      key: "status",
      label: t("objections.fields.status"),
      children: (
        <Space size={4} wrap>
          <ObjectionStatusBadge status={objection.status} />
          {objection.escalated && <EscalatedBadge />}
          {objection.escalatedAt && (
            <Typography.Text type="secondary">{format.dateTime(objection.escalatedAt)}</Typography.Text>
          )}
        </Space>
      ),
    },
    { key: "source", label: t("objections.fields.source"), children: t(`objections.source.${objection.source}`) },
    {
      key: "customer",
      label: t("objections.fields.customer"),
      children: (
        <Space size={6} wrap>
          <Link to={`/customers/${objection.customerId}`}>{objection.customerName}</Link>
          <PhoneLink phone={objection.customerPhone} />
        </Space>
      ),
    },
    {
      key: "workOrder",
      label: t("objections.fields.workOrder"),
      children: objection.workOrderId ? (
        <Link to={`/work-orders/${objection.workOrderId}`}>{t("objections.openWorkOrder")}</Link>
      ) : (
        "—"
      ),
    },
    {
      key: "deadline",
      label: t("objections.fields.deadline"),
      children: objection.promise ? <PromiseBadge promise={objection.promise} /> : "—",
    },
  ];
  if (objection.followUpId) {
    items.push({
      key: "followUp",
      label: t("objections.fields.followUp"),
      children: <Link to={`/follow-ups/${objection.followUpId}`}>{t("objections.openFollowUp")}</Link>,
    });
  }
  items.push({
    key: "description",
    label: t("objections.fields.description"),
    span: "filled",
    children: <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{objection.description}</Typography.Text>,
  });
  if (objection.commitment) {
    items.push({
      key: "commitment",
      label: t("objections.fields.commitment"),
      span: "filled",
      children: objection.commitment,
    });
  }
  if (objection.resolution) {
    items.push({
      key: "resolution",
      label: t("objections.fields.resolution"),
      span: "filled",
      children: (
        <Space size={6} wrap>
          {objection.resolution}
          {objection.customerInformedVia && (
            <Tag>{t("objections.informedVia", { via: t(`objections.via.${objection.customerInformedVia}`) })}</Tag>
          )}
        </Space>
      ),
    });
  }
  return items;
}

/** The objection's history: recorded, escalated, committed, resolved — when and by whom. */
export function useObjectionTimeline(objection: Objection): TimelineProps["items"] {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const line = (what: string, at: string, by?: string) => (
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
    { key: "created", content: line(t("objections.history.created"), objection.createdAt, objection.createdBy) },
  ];
  if (objection.escalatedAt) {
    items.push({ key: "escalated", color: "red", content: line(t("objections.escalated"), objection.escalatedAt) });
  }
  if (objection.committedAt) {
    items.push({
      key: "committed",
      content: line(t("objections.history.committed"), objection.committedAt, objection.committedBy),
    });
  }
  if (objection.resolvedAt) {
    items.push({
      key: "resolved",
      color: tagColour.green,
      content: line(t("objections.history.resolved"), objection.resolvedAt, objection.resolvedBy),
    });
  }
  return items;
}
