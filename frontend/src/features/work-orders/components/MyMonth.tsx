import { Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTenantFormat } from "@/lib/current-user";
import { useMyMonth, type KpiFigure } from "../api/my-month";

function Item({ label, value, to }: { label: string; value: string; to?: string }) {
  const body = (
    <Flex vertical>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text strong style={{ fontSize: 18 }}>
        {value}
      </Typography.Text>
    </Flex>
  );
  return (
    <li style={{ listStyle: "none", minWidth: 96 }}>
      {to ? (
        <Link to={to} aria-label={`${label}: ${value}`}>
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}

/** My month at a glance, under the jobs: light, no charts, a few numbers the installer cares about. */
export function MyMonth() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const month = useMyMonth();
  if (!month.data) return null;
  const figure = (kpi: KpiFigure["kpi"]) => month.data.figures.find((f) => f.kpi === kpi);
  const done = figure("FIRST_TIME_FIX_RATE");
  const fix = done?.value;
  const rating = figure("SATISFACTION")?.value;
  const late = figure("LATE_ARRIVAL_RATE");
  const fines = figure("FINES")?.value ?? 0;
  const rewards = figure("REWARDS")?.value ?? 0;
  return (
    <Card size="small" title={t("jobs.month.title", { from: month.data.from, to: month.data.to })}>
      <Flex wrap gap={16} component="ul" style={{ margin: 0, padding: 0 }}>
        <Item label={t("jobs.month.done")} value={String(done?.base ?? 0)} />
        <Item label={t("jobs.month.firstTimeFix")} value={fix == null ? "—" : `${fix} %`} />
        <Item label={t("jobs.month.rating")} value={rating == null ? "—" : `${rating} / 5`} />
        <Item label={t("jobs.month.late")} value={String(late?.count ?? 0)} />
        <Item label={t("jobs.month.rewards")} value={format.money(rewards.toFixed(2))} to="/discipline" />
        <Item label={t("jobs.month.fines")} value={format.money(fines.toFixed(2))} to="/discipline" />
      </Flex>
    </Card>
  );
}
