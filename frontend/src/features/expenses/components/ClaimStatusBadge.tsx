import { useTranslation } from "react-i18next";
import type { ExpenseClaimStatus } from "../api/expenses";

const TONE: Record<ExpenseClaimStatus, string> = {
  SUBMITTED: "badge--new",
  APPROVED: "badge--assigned",
  REJECTED: "badge--cancelled",
  PAID: "badge--done",
};

export function ClaimStatusBadge({ status }: { status: ExpenseClaimStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`expenses.status.${status}`)}</span>;
}
