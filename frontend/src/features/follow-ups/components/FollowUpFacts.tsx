import { Space } from "antd";
import type { DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import type { FollowUp } from "../api/follow-ups";
import { QUESTIONS } from "../model/attempt-form";

/** Whom to call about what, when, how often it was tried, and once done what the customer said. */
export function useFollowUpFacts(followUp: FollowUp | undefined): DescriptionsProps["items"] {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  if (!followUp) return [];
  const answers = followUp.answers;
  const items: DescriptionsProps["items"] = [
    {
      key: "kind",
      label: t("followUps.fields.kind"),
      children: t(`followUps.kind.${followUp.kind}`),
    },
    {
      key: "customer",
      label: t("followUps.fields.customer"),
      children: (
        <Space size={4} wrap>
          <Link to={`/customers/${followUp.customerId}`}>{followUp.customerName}</Link>
          <PhoneLink phone={followUp.customerPhone} />
        </Space>
      ),
    },
    {
      key: "workOrder",
      label: t("followUps.fields.workOrder"),
      children: followUp.workOrderId ? (
        <Link to={`/work-orders/${followUp.workOrderId}`}>
          {followUp.workOrderNumber ?? t("followUps.openWorkOrder")}
        </Link>
      ) : (
        "—"
      ),
    },
    { key: "dueAt", label: t("followUps.fields.dueAt"), children: format.dateTime(followUp.dueAt) },
    {
      key: "nextAttemptAt",
      label: t("followUps.fields.nextAttemptAt"),
      children: followUp.status === "OPEN" ? format.dateTime(followUp.nextAttemptAt) : "—",
    },
    { key: "attempts", label: t("followUps.fields.attempts"), children: followUp.attempts },
    {
      key: "promise",
      label: t("followUps.fields.promise"),
      children: followUp.promise ? <PromiseBadge promise={followUp.promise} /> : "—",
    },
  ];
  if (followUp.completedAt) {
    items.push({
      key: "completedAt",
      label: t("followUps.fields.completedAt"),
      children: `${format.dateTime(followUp.completedAt)} ${nameOf(followUp.completedBy)}`.trim(),
    });
  }
  if (answers) {
    items.push({
      key: "answers",
      label: t("followUps.fields.answers"),
      span: "filled",
      children: QUESTIONS.map((question) => `${t(`followUps.questions.${question}`)} ${answers[question]}`).join(" · "),
    });
  }
  if (followUp.suggestions) {
    items.push({ key: "suggestions", label: t("followUps.fields.suggestions"), children: followUp.suggestions });
  }
  return items;
}
