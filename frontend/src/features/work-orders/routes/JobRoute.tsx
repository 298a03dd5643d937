import { ArrowLeftOutlined, ExperimentOutlined } from "@ant-design/icons";
import { Button, Card, Collapse, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useWorkOrder } from "../api/work-orders";
import { FieldSteps } from "../components/FieldSteps";
import { JobFacts, safetyChecksOf } from "../components/JobFacts";
import { OrderPhotos } from "../components/OrderPhotos";
import { LateTag, StatusBadge } from "../components/StatusBadge";
import { Timeline } from "../components/Timeline";
import { isFieldWorkOver } from "../model/lifecycle";

/**
 * One job on the installer's phone: whom to call and where to go, what to bring and check, the next step of the
 * visit, the photos taken on site, and the history folded away.
 */
export function JobRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const me = useCurrentUser();
  const { workOrderId = "" } = useParams();
  const detail = useWorkOrder(workOrderId);
  const order = detail.data?.order;
  // The crew's names are not visible to installers; their own id is.
  const nameOf = (id: string) => (id === me.userId ? me.displayName || me.username : t("jobs.colleague"));

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, margin: "0 auto" }}>
      <div>
        <Link to="/jobs">
          <ArrowLeftOutlined /> {t("jobs.back")}
        </Link>
      </div>
      {detail.isPending && <Loading />}
      {detail.isError && (
        <ProblemAlert error={detail.error}>
          <Button onClick={() => void detail.refetch()}>{t("common.retry")}</Button>
        </ProblemAlert>
      )}
      {order && detail.data && (
        <>
          <PageHeader
            title={`${order.number} · ${t(`workOrders.type.${order.type}`)}`}
            tags={
              <>
                <StatusBadge status={order.status} />
                {order.late && <LateTag minutes={order.lateMinutes} />}
              </>
            }
            description={
              order.checkedInAt ? t("jobs.checkedIn", { time: format.dateTime(order.checkedInAt) }) : undefined
            }
          />
          <JobFacts order={order} job={detail.data.job} />
          <Card size="small" title={t("jobs.nextStep")} role="region" aria-label={t("jobs.nextStep")}>
            <FieldSteps order={order} roles={me.roles} safetyChecks={safetyChecksOf(order, detail.data.job)} />
          </Card>
          <OrderPhotos order={order} canAdd={!isFieldWorkOver(order.status)} />
          <div>
            <LinkButton icon={<ExperimentOutlined />} to={qualityFormPath(order)}>
              {t("quality.reports.create.open")}
            </LinkButton>
          </div>
          <Collapse
            size="small"
            items={[
              {
                key: "timeline",
                label: <Typography.Text strong>{t("jobs.timeline")}</Typography.Text>,
                children: <Timeline entries={detail.data.timeline} nameOf={nameOf} bare />,
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}

/** The quality form of this job, with its first device (the form takes that device's product). */
function qualityFormPath(order: { id: string; assetIds: string[] }): string {
  const query = new URLSearchParams({ workOrderId: order.id });
  if (order.assetIds[0]) query.set("assetId", order.assetIds[0]);
  return `/quality-reports/new?${query.toString()}`;
}
