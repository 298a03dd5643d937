import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { AppealStatus, DisciplineEntry, DisciplineStatus } from "../api/discipline";
import { signedAmount } from "../model/discipline";
import { tagColour } from "@/app/design/theme";

const STATUS_COLOR: Record<DisciplineStatus, string> = {
  PROPOSED: tagColour.gold,
  CONFIRMED: tagColour.green,
  WAIVED: "default",
};

const APPEAL_COLOR: Record<AppealStatus, string> = {
  PENDING: tagColour.gold,
  UPHELD: tagColour.green,
  DISMISSED: "default",
};

export function DisciplineStatusBadge({ status }: { status: DisciplineStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`discipline.status.${status}`)}</Tag>;
}

export function AppealBadge({ status }: { status: AppealStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={APPEAL_COLOR[status]}>{t(`discipline.appealStatus.${status}`)}</Tag>;
}

/** "−¥50.00" for a fine, "+¥10.00" for a reward, a dash where there is no amount. */
export function EntryAmount({ entry }: { entry: Pick<DisciplineEntry, "kind" | "amount"> }) {
  const format = useTenantFormat();
  const { t } = useTranslation();
  const signed = signedAmount(entry);
  if (!signed) {
    return (
      <Typography.Text type="secondary">
        {entry.kind === "FINE" || entry.kind === "COST_CHARGE" ? t("discipline.amountToSet") : "—"}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type={signed.sign === "+" ? "success" : undefined} style={{ fontVariantNumeric: "tabular-nums" }}>
      {signed.sign}
      {format.money(signed.amount)}
    </Typography.Text>
  );
}
