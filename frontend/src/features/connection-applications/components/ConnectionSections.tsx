import { CheckCircleTwoTone, CloseCircleTwoTone, PlusOutlined } from "@ant-design/icons";
import { Card, Descriptions, Empty, Flex, List, Steps, Table, Tag, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AttachmentGallery } from "@/components/AttachmentGallery";
import { LinkButton } from "@/components/LinkButton";
import { useAttachments } from "@/lib/attachments";
import { useTenantFormat } from "@/lib/current-user";
import type { ConnectionApplication, ConnectionEvent } from "../api/connection-applications";
import { PROCEDURE_STEPS, eventKindOf, stepsOf } from "../model/connection";
import { YesNoTag } from "./ConnectionTags";

const SECTION = { size: "small" as const, style: { marginTop: 16 } };

/** The procedure from application to connection, with the application's place in it. */
export function ConnectionStepsBar({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const { current, status } = stepsOf(application);
  return (
    <Card size="small" role="region" aria-label={t("connections.detail.procedure")}>
      <Steps
        size="small"
        current={current}
        status={status}
        responsive
        items={PROCEDURE_STEPS.map((step) => ({ title: t(`connections.step.${step}`) }))}
      />
    </Card>
  );
}

export function PlanCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const plan = application.plan;
  return (
    <Card {...SECTION} title={t("connections.detail.plan")} role="region" aria-label={t("connections.detail.plan")}>
      {application.delayExplanation && (
        <Typography.Paragraph type="warning">
          {t("connections.detail.delayExplained", { text: application.delayExplanation })}
        </Typography.Paragraph>
      )}
      {plan ? (
        <>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{plan.text}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: "notifiedAt",
                label: t("connections.fields.notifiedAt"),
                children: format.dateTime(plan.notifiedAt),
              },
              {
                key: "validUntil",
                label: t("connections.fields.validUntil"),
                children:
                  plan.validUntil !== plan.originalValidUntil
                    ? t("connections.detail.extendedFrom", {
                        date: format.date(plan.validUntil),
                        original: format.date(plan.originalValidUntil),
                      })
                    : format.date(plan.validUntil),
              },
              {
                key: "objectionUntil",
                label: t("connections.fields.objectionUntil"),
                children: format.date(plan.objectionUntil),
              },
              ...(plan.extensionAskUntil
                ? [
                    {
                      key: "extensionAskUntil",
                      label: t("connections.fields.extensionAskUntil"),
                      children: format.date(plan.extensionAskUntil),
                    },
                  ]
                : []),
              ...(plan.extensionLimit
                ? [
                    {
                      key: "extensionLimit",
                      label: t("connections.fields.extensionLimit"),
                      children: format.date(plan.extensionLimit),
                    },
                  ]
                : []),
              ...(plan.expiryWarnedAt
                ? [
                    {
                      key: "expiryWarnedAt",
                      label: t("connections.fields.expiryWarnedAt"),
                      children: format.dateTime(plan.expiryWarnedAt),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t("connections.detail.noPlan")}</Typography.Text>
      )}
    </Card>
  );
}

/** Every required document with ✓ or ✗ for the latest design, and each revision's review opinion. */
export function DesignCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const latest = application.designs.at(-1);
  return (
    <Card {...SECTION} title={t("connections.detail.design")} role="region" aria-label={t("connections.detail.design")}>
      <Typography.Text strong>{t("connections.design.checklist")}</Typography.Text>
      <List
        size="small"
        aria-label={t("connections.design.checklist")}
        dataSource={application.requiredDocuments}
        renderItem={(document) => {
          const entry = latest?.documents.find((item) => item.document === document);
          const included = entry?.included === true;
          return (
            <List.Item>
              <Flex gap={8} align="center">
                {latest ? (
                  included ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t("connections.design.included")} />
                  ) : (
                    <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label={t("connections.design.missing")} />
                  )
                ) : null}
                <span>{t(`connections.document.${document}`)}</span>
                {entry?.attachmentId && <Tag>{t("connections.design.scanned")}</Tag>}
              </Flex>
            </List.Item>
          );
        }}
      />
      <DesignScans application={application} />
      {application.designs.length === 0 ? (
        <Typography.Text type="secondary">{t("connections.detail.noDesign")}</Typography.Text>
      ) : (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {[...application.designs].reverse().map((design) => (
            <Card
              key={design.revision}
              size="small"
              type="inner"
              title={t("connections.design.revision", { revision: design.revision })}
            >
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  {
                    key: "submitted",
                    label: t("connections.fields.submittedAt"),
                    children: `${format.dateTime(design.submittedAt)} · ${design.submittedBy}`,
                  },
                  { key: "copies", label: t("connections.fields.copies"), children: design.copies },
                  {
                    key: "result",
                    label: t("connections.fields.reviewResult"),
                    children: design.result ? (
                      <Tag color={design.result === "APPROVED" ? "success" : "warning"}>
                        {t(`connections.reviewResult.${design.result}`)}
                      </Tag>
                    ) : (
                      <Tag color="processing">{t("connections.design.underReview")}</Tag>
                    ),
                  },
                  ...(design.opinion
                    ? [
                        {
                          key: "opinion",
                          label: t("connections.fields.opinion"),
                          span: 2,
                          children: <span style={{ whiteSpace: "pre-wrap" }}>{design.opinion}</span>,
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** The scans handed in with the designs, browsable; only when there are any. */
function DesignScans({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const scanned = application.designs.some((design) => design.documents.some((entry) => entry.attachmentId));
  const scans = useAttachments({ ownerType: "CONNECTION_APPLICATION", ownerId: application.id }, scanned);
  if (!scanned || !scans.data || scans.data.length === 0) return null;
  return (
    <div style={{ margin: "8px 0" }}>
      <AttachmentGallery
        attachments={scans.data}
        label={t("connections.design.scans", { number: application.number })}
      />
    </div>
  );
}

export function ConstructionCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const construction = application.construction;
  if (!construction) return null;
  return (
    <Card
      {...SECTION}
      title={t("connections.detail.construction")}
      role="region"
      aria-label={t("connections.detail.construction")}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: "contractor",
            label: t("connections.fields.contractor"),
            children:
              construction.contractor === "PARTNER" && construction.partnerName
                ? construction.partnerName
                : t(`connections.contractor.${construction.contractor}`),
          },
          {
            key: "crew",
            label: t("connections.fields.crew"),
            children: construction.crew.map((member) => member.name).join("、"),
          },
          {
            key: "feesPaidOn",
            label: t("connections.fields.feesPaidOn"),
            children: format.date(construction.feesPaidOn),
          },
          { key: "startedOn", label: t("connections.fields.startedOn"), children: format.date(construction.startedOn) },
        ]}
      />
    </Card>
  );
}

export function MaterialsCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  if (!application.construction && application.materials.length === 0) return null;
  return (
    <Card
      {...SECTION}
      title={t("connections.detail.materials")}
      role="region"
      aria-label={t("connections.detail.materials")}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={application.materials}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("connections.materials.empty")} />,
        }}
        columns={[
          { title: t("connections.fields.material"), dataIndex: "name" },
          {
            title: t("connections.fields.quantity"),
            dataIndex: "quantity",
            render: (quantity: string, material) => `${Number(quantity)} ${material.unit ?? ""}`.trim(),
          },
          {
            title: t("connections.materials.domestic"),
            dataIndex: "domestic",
            render: (domestic: boolean) => <YesNoTag value={domestic} yes={t("common.yes")} no={t("common.no")} />,
          },
          {
            title: t("connections.materials.centralProcurement"),
            dataIndex: "centralProcurement",
            render: (central: boolean) => <YesNoTag value={central} yes={t("common.yes")} no={t("common.no")} />,
          },
        ]}
      />
    </Card>
  );
}

export function InspectionsCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  if (application.inspections.length === 0) return null;
  return (
    <Card
      {...SECTION}
      title={t("connections.detail.inspections")}
      role="region"
      aria-label={t("connections.detail.inspections")}
    >
      <Flex vertical gap={8}>
        {application.inspections.map((inspection) => (
          <Card
            key={inspection.id}
            size="small"
            type="inner"
            title={
              <Flex gap={8} align="center" wrap>
                <span>{t(`connections.inspectionStage.${inspection.stage}`)}</span>
                <Tag color={inspection.result === "PASSED" ? "success" : "error"}>
                  {t(`connections.inspectionResult.${inspection.result}`)}
                </Tag>
              </Flex>
            }
            extra={
              <Typography.Text type="secondary">
                {inspection.inspector} · {format.dateTime(inspection.inspectedAt)}
              </Typography.Text>
            }
          >
            <List
              size="small"
              dataSource={inspection.checklist}
              renderItem={(item) => (
                <List.Item>
                  <Flex gap={8} align="center" wrap>
                    {item.passed ? (
                      <CheckCircleTwoTone
                        twoToneColor="#52c41a"
                        aria-label={t("connections.inspectionResult.PASSED")}
                      />
                    ) : (
                      <CloseCircleTwoTone
                        twoToneColor="#ff4d4f"
                        aria-label={t("connections.inspectionResult.FAILED")}
                      />
                    )}
                    <span>{item.item}</span>
                    {item.finding && <Typography.Text type="danger">{item.finding}</Typography.Text>}
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        ))}
      </Flex>
    </Card>
  );
}

export function ConnectedCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const connection = application.connection;
  if (!connection) return null;
  return (
    <Card
      {...SECTION}
      title={t("connections.detail.connection")}
      role="region"
      aria-label={t("connections.detail.connection")}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: "contract",
            label: t("connections.fields.supplyContractNumber"),
            children: connection.supplyContractNumber,
          },
          {
            key: "signed",
            label: t("connections.fields.contractSignedOn"),
            children: format.date(connection.contractSignedOn),
          },
          { key: "meter", label: t("connections.fields.meterNumber"), children: connection.meterNumber },
          {
            key: "connectedAt",
            label: t("connections.fields.connectedAt"),
            children: format.dateTime(connection.connectedAt),
          },
        ]}
      />
    </Card>
  );
}

export function WorkOrdersCard({ application }: { application: ConnectionApplication }) {
  const { t } = useTranslation();
  const open = application.status !== "CONNECTED" && application.status !== "CANCELLED";
  if (application.workOrders.length === 0 && !open) return null;
  const query = new URLSearchParams({
    connectionApplicationId: application.id,
    applicationNumber: application.number,
    customerId: application.customerId,
    type: application.status === "APPLIED" ? "INSPECTION" : "INSTALLATION",
    description: t("connections.workOrderDescription", { number: application.number }),
  });
  return (
    <Card
      {...SECTION}
      title={t("connections.detail.workOrders")}
      role="region"
      aria-label={t("connections.detail.workOrders")}
      extra={
        open && (
          <LinkButton size="small" icon={<PlusOutlined />} to={`/work-orders/new?${query.toString()}`}>
            {t("connections.actions.createWorkOrder")}
          </LinkButton>
        )
      }
    >
      {application.workOrders.length === 0 ? (
        <Typography.Text type="secondary">{t("common.noItems")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={application.workOrders}
          renderItem={(order) => (
            <List.Item>
              <Flex gap={8} wrap align="center">
                <Link to={`/work-orders/${order.id}`}>{order.number}</Link>
                <Tag>{t(`workOrders.type.${order.type}`)}</Tag>
                <Tag>{t(`workOrders.status.${order.status}`)}</Tag>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** Translation by a key built from the server's words, falling back to those words. */
type LooseTranslate = (key: string, options: { defaultValue: string }) => string;

/** Detail values whose text is an enum the page translates. */
function detailValue(
  tr: LooseTranslate,
  format: ReturnType<typeof useTenantFormat>,
  key: string,
  value: string,
): string {
  switch (key) {
    case "supplyClass":
      return tr(`connections.class.${value}`, { defaultValue: value });
    case "result":
      return value === "APPROVED" || value === "CHANGES_REQUIRED"
        ? tr(`connections.reviewResult.${value}`, { defaultValue: value })
        : tr(`connections.inspectionResult.${value}`, { defaultValue: value });
    case "stage":
      return tr(`connections.inspectionStage.${value}`, { defaultValue: value });
    case "contractor":
      return tr(`connections.contractor.${value}`, { defaultValue: value });
    case "type":
      return tr(`workOrders.type.${value}`, { defaultValue: value });
    case "dueAt":
      return format.dateTime(value);
    case "quantity":
    case "capacityKva":
      return Number.isNaN(Number(value)) ? value : String(Number(value));
    case "late":
    case "changed":
    case "centralProcurement":
    case "survey":
      return tr(value === "true" ? "common.yes" : "common.no", { defaultValue: value });
    default:
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value) : value;
  }
}

/** The timeline's steps by name, who took them and their particulars. */
export function useConnectionTimelineItems(events: readonly ConnectionEvent[] | undefined) {
  const { t } = useTranslation();
  const tr = t as unknown as LooseTranslate;
  const format = useTenantFormat();
  return (events ?? []).map((event, index) => {
    const kind = eventKindOf(event.kind);
    const details = Object.entries(event.details).filter(([key]) => key !== "previousPlan");
    return {
      key: `${event.at}-${index}`,
      color:
        event.kind === "cancelled" || event.kind === "plan-expired"
          ? "red"
          : event.kind === "connected"
            ? "green"
            : "blue",
      content: (
        <Flex vertical gap={2}>
          <Typography.Text strong>{kind ? t(`connections.event.${kind}`) : event.kind}</Typography.Text>
          <Typography.Text type="secondary">
            {[
              format.dateTime(event.at),
              event.actor === "system" ? t("connections.detail.system") : event.actorName || event.actor,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Typography.Text>
          {details.map(([key, value]) => (
            <Typography.Text key={key} style={{ whiteSpace: "pre-wrap" }}>
              {t("connections.detail.detailLine", {
                label: tr(`connections.detailKey.${key}`, { defaultValue: key }),
                value: detailValue(tr, format, key, value),
              })}
            </Typography.Text>
          ))}
        </Flex>
      ),
    };
  });
}

export function ConnectionTimeline({ events }: { events: readonly ConnectionEvent[] | undefined }) {
  const items = useConnectionTimelineItems(events);
  return <Timeline items={items} />;
}
