import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ExpenseClaimStatus } from "../api/expenses";
import { tagColour } from "@/app/design/theme";

const COLOUR: Record<ExpenseClaimStatus, string> = {
  SUBMITTED: "processing",
  APPROVED: tagColour.cyan,
  REJECTED: "error",
  PAID: "success",
};

/** The claim's state as a coloured tag, in words. */
export function ClaimStatusBadge({ status }: { status: ExpenseClaimStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOUR[status]}>{t(`expenses.status.${status}`)}</Tag>;
}
