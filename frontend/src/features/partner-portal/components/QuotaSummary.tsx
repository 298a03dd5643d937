import { Card, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { useMyPartnerQuota } from "../api/portal";

/** This month against the agreement's daily quota: units done, today so far, and the days that fell short. */
export function QuotaSummary() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const quota = useMyPartnerQuota();
  if (!quota.data) return null;
  const today = format.today();
  const days = quota.data.days;
  const units = days.reduce((sum, day) => sum + day.unitsCompleted, 0);
  const todays = days.find((day) => day.day === today);
  const short = days.filter((day) => day.day < today && (day.shortfall ?? 0) > 0).length;
  return (
    <Card size="small" title={t("partnerPortal.quota.title", { from: quota.data.from, to: quota.data.to })}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t("partnerPortal.quota.units", { units })}
        {todays?.dailyQuota != null &&
          ` · ${t("partnerPortal.quota.today", { units: todays.unitsCompleted, quota: todays.dailyQuota })}`}
        {` · ${t("partnerPortal.quota.shortDays", { count: short })}`}
      </Typography.Paragraph>
    </Card>
  );
}
