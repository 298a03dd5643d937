import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useWorkOrders, type WorkOrder } from "../api/work-orders";
import { JobCard } from "../components/JobCard";
import { isFieldWorkOver } from "../model/lifecycle";
import { groupJobs } from "../model/my-jobs";

function JobList({ title, orders, showDate }: { title: string; orders: WorkOrder[]; showDate: boolean }) {
  if (orders.length === 0) return null;
  return (
    <section className="job-section" aria-label={title}>
      <h2 className="job-section__title">
        {title} <span className="muted">{orders.length}</span>
      </h2>
      <ul className="job-list">
        {orders.map((order) => (
          <JobCard key={order.id} order={order} showDate={showDate} />
        ))}
      </ul>
    </section>
  );
}

/** The installer's phone view: today's jobs first, then what is still open from earlier days, then upcoming. */
export function MyJobsRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const orders = useWorkOrders();
  const groups = groupJobs(orders.data?.items ?? [], format.today(), format.timeZone);
  const open = (orders.data?.items ?? []).filter((order) => !isFieldWorkOver(order.status));

  return (
    <div className="mobile-page">
      <PageHeader title={t("jobs.title")} description={t("jobs.today", { date: format.today() })} />
      {orders.isPending && <Loading />}
      {orders.isError && (
        <ProblemAlert error={orders.error}>
          <button type="button" className="button" onClick={() => void orders.refetch()}>
            {t("app.retry")}
          </button>
        </ProblemAlert>
      )}
      {orders.data && open.length === 0 && groups.today.length === 0 && (
        <p className="empty">{t("jobs.none")}</p>
      )}
      <JobList title={t("jobs.sections.today")} orders={groups.today} showDate={false} />
      <JobList title={t("jobs.sections.overdue")} orders={groups.overdue} showDate />
      <JobList title={t("jobs.sections.upcoming")} orders={groups.upcoming} showDate />
    </div>
  );
}
