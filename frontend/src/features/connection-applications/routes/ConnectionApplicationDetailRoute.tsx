import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { Loading } from "@/components/Loading";
import { PhoneLink } from "@/components/PhoneLink";
import { ProblemAlert } from "@/components/ProblemAlert";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import {
  useConnectionApplication,
  useConnectionTimeline,
  type ConnectionAction,
  type ConnectionApplication,
} from "../api/connection-applications";
import { ConnectionActionDialog } from "../components/ConnectionActionDialog";
import {
  ConnectedCard,
  ConnectionStepsBar,
  ConstructionCard,
  DesignCard,
  InspectionsCard,
  MaterialsCard,
  PlanCard,
  WorkOrdersCard,
  useConnectionTimelineItems,
} from "../components/ConnectionSections";
import { ConnectionStatusTag } from "../components/ConnectionTags";
import { orderedActions } from "../model/connection";

/** One application: where it stands in the procedure, every step so far, and the next steps as buttons. */
export function ConnectionApplicationDetailRoute() {
  const { t } = useTranslation();
  const { applicationId = "" } = useParams();
  const detail = useConnectionApplication(applicationId);
  if (!detail.data) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to="/connection-applications">
          <ArrowLeftOutlined /> {t("connections.back")}
        </Link>
      </>
    );
  }
  return <ConnectionApplicationDetail application={detail.data} />;
}

const PRIMARY: readonly ConnectionAction[] = [
  "NOTIFY_PLAN",
  "SUBMIT_DESIGN",
  "REVIEW_DESIGN",
  "START_CONSTRUCTION",
  "INSPECT_INTERMEDIATE",
  "INSPECT_COMPLETION",
  "CONNECT",
];

function ConnectionApplicationDetail({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const timeline = useConnectionTimeline(application.id, application.version);
  const timelineItems = useConnectionTimelineItems(timeline.data);
  const [open, setOpen] = useState<ConnectionAction | null>(null);
  const actions = orderedActions(application.allowedActions);
  const primary = actions.find((action) => PRIMARY.includes(action));

  return (
    <DetailLayout
      title={`${application.number} · ${application.customerName}`}
      tags={
        <>
          <ConnectionStatusTag status={application.status} />
          <PromiseBadge promise={application.promise} />
        </>
      }
      actions={
        <Flex gap={8} wrap align="center">
          {actions.map((action) => (
            <Button
              key={action}
              type={action === primary ? "primary" : "default"}
              danger={action === "CANCEL"}
              onClick={() => setOpen(action)}
            >
              {t(`connections.actions.${action}`)}
            </Button>
          ))}
          <Link to="/connection-applications">
            <ArrowLeftOutlined /> {t("connections.back")}
          </Link>
        </Flex>
      }
      factsTitle={t("connections.detail.facts")}
      facts={[
        {
          key: "customer",
          label: t("connections.fields.customer"),
          children: (
            <Flex gap={4} wrap>
              {application.customerName}
              <PhoneLink phone={application.customerPhone} />
            </Flex>
          ),
        },
        { key: "kind", label: t("connections.fields.kind"), children: t(`connections.kind.${application.kind}`) },
        {
          key: "class",
          label: t("connections.fields.supplyClass"),
          children: t(`connections.class.${application.supplyClass}`),
        },
        {
          key: "capacity",
          label: t("connections.fields.capacity"),
          children: `${Number(application.capacityKva)} kVA`,
        },
        { key: "site", label: t("connections.fields.site"), children: application.siteAddress },
        {
          key: "source",
          label: t("connections.fields.source"),
          children: t(`connections.source.${application.source}`),
        },
        {
          key: "createdAt",
          label: t("connections.fields.createdAt"),
          children: format.dateTime(application.createdAt),
        },
        ...(application.description
          ? [{ key: "description", label: t("connections.fields.description"), children: application.description }]
          : []),
        ...(application.cancelNote
          ? [{ key: "cancel", label: t("connections.fields.cancelReason"), children: application.cancelNote }]
          : []),
      ]}
      timelineTitle={t("connections.detail.timeline")}
      timeline={timelineItems}
    >
      <ConnectionStepsBar application={application} />
      <PlanCard application={application} />
      <DesignCard application={application} />
      <ConstructionCard application={application} />
      <MaterialsCard application={application} />
      <InspectionsCard application={application} />
      <ConnectedCard application={application} />
      <WorkOrdersCard application={application} />
      {open && (
        <ConnectionActionDialog
          key={`${open}-${application.version}`}
          application={application}
          action={open}
          onClose={() => setOpen(null)}
        />
      )}
    </DetailLayout>
  );
}
