import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { AppealStatus, DisciplineEntry, DisciplineStatus } from "../api/discipline";
import { signedAmount } from "../model/discipline";

const STATUS_TONE: Record<DisciplineStatus, string> = {
  PROPOSED: "badge--awaiting",
  CONFIRMED: "badge--done",
  WAIVED: "badge--off",
};

const APPEAL_TONE: Record<AppealStatus, string> = {
  PENDING: "badge--awaiting",
  UPHELD: "badge--ok",
  DISMISSED: "badge--off",
};

export function DisciplineStatusBadge({ status }: { status: DisciplineStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${STATUS_TONE[status]}`}>{t(`discipline.status.${status}`)}</span>;
}

export function AppealBadge({ status }: { status: AppealStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge ${APPEAL_TONE[status]}`}>{t(`discipline.appealStatus.${status}`)}</span>;
}

/** "−¥50.00" for a fine, "+¥10.00" for a reward, a dash where there is no amount. */
export function EntryAmount({ entry }: { entry: Pick<DisciplineEntry, "kind" | "amount"> }) {
  const format = useTenantFormat();
  const { t } = useTranslation();
  const signed = signedAmount(entry);
  if (!signed) {
    return entry.kind === "FINE" || entry.kind === "COST_CHARGE" ? (
      <span className="muted">{t("discipline.amountToSet")}</span>
    ) : (
      <span className="muted">—</span>
    );
  }
  return (
    <span className="nowrap" style={{ fontVariantNumeric: "tabular-nums" }}>
      {signed.sign}
      {format.money(signed.amount)}
    </span>
  );
}
