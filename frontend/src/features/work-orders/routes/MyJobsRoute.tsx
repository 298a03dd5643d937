import { Alert, Button, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useWorkOrders, type WorkOrderSummary } from "../api/work-orders";
import { JobCard } from "../components/JobCard";
import { MyMonth } from "../components/MyMonth";
import { isFieldWorkOver } from "../model/lifecycle";
import { groupJobs } from "../model/my-jobs";

function JobList({ title, orders, showDate }: { title: string; orders: WorkOrderSummary[]; showDate: boolean }) {
  if (orders.length === 0) return null;
  return (
    <section aria-label={title}>
      <Typography.Title level={2} style={{ fontSize: 16, margin: "8px 0" }}>
        {title} <Typography.Text type="secondary">{orders.length}</Typography.Text>
      </Typography.Title>
      <Flex vertical gap={8} component="ul" style={{ margin: 0, padding: 0 }}>
        {orders.map((order) => (
          <JobCard key={order.id} order={order} showDate={showDate} />
        ))}
      </Flex>
    </section>
  );
}

/** The installer's phone view: today's jobs in order first, then what is still open from earlier days, then upcoming. */
export function MyJobsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const orders = useWorkOrders();
  const groups = groupJobs(orders.data?.items ?? [], format.today(), format.timeZone);
  const open = (orders.data?.items ?? []).filter((order) => !isFieldWorkOver(order.status));

  return (
    <Flex vertical gap={8} style={{ maxWidth: 720, margin: "0 auto" }}>
      <PageHeader title={t("jobs.title")} description={t("jobs.today", { date: format.today() })} />
      {orders.isPending && <Loading />}
      {orders.isError && (
        <ProblemAlert error={orders.error}>
          <Button onClick={() => void orders.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {orders.data && open.length === 0 && groups.today.length === 0 && (
        <Alert type="info" showIcon title={t("jobs.none")} />
      )}
      <JobList title={t("jobs.sections.today")} orders={groups.today} showDate={false} />
      <JobList title={t("jobs.sections.overdue")} orders={groups.overdue} showDate />
      <JobList title={t("jobs.sections.upcoming")} orders={groups.upcoming} showDate />
      <MyMonth />
    </Flex>
  );
}
