import { ArrowLeftOutlined, ExclamationCircleOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser } from "@/lib/current-user";
import { useInstallerDirectory, useWorkOrder, type WorkOrder, type WorkOrderDetail } from "../api/work-orders";
import { ActionBar } from "../components/ActionBar";
import { EntitlementPanel } from "../components/EntitlementPanel";
import { FieldRecord, useOrderFactItems } from "../components/OrderFacts";
import { OrderPhotos } from "../components/OrderPhotos";
import { ReworkPanel } from "../components/ReworkPanel";
import { LateTag, StatusBadge } from "../components/StatusBadge";
import { useTimelineItems } from "../components/Timeline";
import { installerNames } from "../model/names";

/** One order for the office: the actions it allows now, every fact by name, the photos from site, its history. */
export function WorkOrderDetailRoute() {
  const { t } = useTranslation();
  const { workOrderId = "" } = useParams();
  const detail = useWorkOrder(workOrderId);
  const order = detail.data?.order;

  if (!order || !detail.data) {
    return (
      <>
        <PageHeader title={t("workOrders.detail.title")} actions={<BackToBoard />} />
        {detail.isPending && <Loading />}
        {detail.isError && (
          <ProblemAlert error={detail.error}>
            <Button onClick={() => void detail.refetch()}>{t("common.retry")}</Button>
          </ProblemAlert>
        )}
      </>
    );
  }
  return <OrderDetail order={order} detail={detail.data} />;
}

function BackToBoard() {
  const { t } = useTranslation();
  return (
    <LinkButton to="/work-orders" icon={<ArrowLeftOutlined />}>
      {t("board.back")}
    </LinkButton>
  );
}

function OrderDetail({ order, detail }: { order: WorkOrder; detail: WorkOrderDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const installers = useInstallerDirectory(office);
  const nameOf = installerNames(installers.data);
  const facts = useOrderFactItems({ order, job: detail.job, nameOf, canManagePromise: office });
  const timeline = useTimelineItems(detail.timeline, nameOf);

  return (
    <DetailLayout
      printable
      title={`${order.number} · ${t(`workOrders.type.${order.type}`)}`}
      description={order.customerName}
      tags={
        <Flex gap={4}>
          <StatusBadge status={order.status} />
          {order.late && <LateTag minutes={order.lateMinutes} />}
        </Flex>
      }
      actions={
        <>
          {office && (
            <LinkButton
              to={`/objections/new?${new URLSearchParams({ customerId: order.customerId, workOrderId: order.id })}`}
              icon={<ExclamationCircleOutlined />}
            >
              {t("workOrders.detail.recordObjection")}
            </LinkButton>
          )}
          <BackToBoard />
        </>
      }
      factsTitle={t("workOrders.detail.facts")}
      facts={facts}
      timelineTitle={t("workOrders.timeline.title")}
      timeline={timeline}
      side={
        <>
          <EntitlementPanel order={order} entitlement={detail.entitlement} />
          <ReworkPanel order={order} roles={me.roles} nameOf={nameOf} />
        </>
      }
    >
      <ActionBar order={order} job={detail.job} roles={me.roles} />
      {installers.isError && <ProblemAlert error={installers.error} />}
      <FieldRecord order={order} />
      <OrderPhotos order={order} canRemove={office} />
    </DetailLayout>
  );
}
