import { CompassOutlined, PhoneOutlined, SafetyCertificateOutlined, ToolOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Flex, Tag, Typography, type DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "@/lib/current-user";
import { mapLink } from "@/lib/map-link";
import type { WorkOrder, WorkOrderDetail } from "../api/work-orders";
import { applicableChecks } from "../model/checklist";
import { TASKS } from "../model/work-order-form";
import { AppointmentWindow } from "./OrderFacts";

type Job = WorkOrderDetail["job"];
type SafetyCheck = Job["safetyChecks"][number];

const LIST_STYLE = { margin: 0, paddingInlineStart: 20 } as const;

/** "tel:" needs the digits (and a leading +) only; people read the number as it was written. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * The safety checks of the job as the server lists them; a detail read before the server sent them falls back to
 * the rules of the order's type and tasks, so no check that applies is ever left out.
 */
export function safetyChecksOf(order: WorkOrder, job: Job | undefined): SafetyCheck[] {
  if (job && job.safetyChecks.length > 0) return job.safetyChecks;
  return [
    ...applicableChecks(order).map((key) => ({ key, onlyWhenHazardsFound: false })),
    { key: "hazardsFound", onlyWhenHazardsFound: false },
    { key: "hazardsReportedToCustomer", onlyWhenHazardsFound: true },
  ];
}

/**
 * What the installer needs on the way and on site, on one phone screen: whom to call (a tap dials), where to go
 * (a tap opens the tenant's map app), what to bring, the certificates the job needs and every safety check that
 * applies to it.
 */
export function JobFacts({ order, job }: { order: WorkOrder; job: Job | undefined }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const tasks = TASKS.filter((task) => order.tasks[task]);
  const site = job?.site;
  const navigation = site ? mapLink(me.tenant?.mapUrlTemplate, site) : null;
  const checks = safetyChecksOf(order, job);

  const facts: DescriptionsProps["items"] = [
    { key: "appointment", label: t("workOrders.fields.appointment"), children: <AppointmentWindow order={order} /> },
    {
      key: "customer",
      label: t("workOrders.fields.customer"),
      children: (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text strong>{order.customerName}</Typography.Text>
          {job?.customerPhone ? (
            <Button
              href={telHref(job.customerPhone)}
              icon={<PhoneOutlined />}
              aria-label={t("jobs.call", { name: order.customerName, phone: job.customerPhone })}
            >
              {job.customerPhone}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t("jobs.noPhone")}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: "site",
      label: t("jobs.site"),
      children: site ? (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text>{site.address}</Typography.Text>
          {navigation && (
            <Button
              href={navigation}
              target="_blank"
              rel="noopener noreferrer"
              icon={<CompassOutlined />}
              aria-label={t("jobs.navigateTo", { address: site.address })}
            >
              {t("jobs.navigate")}
            </Button>
          )}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t("jobs.noSite")}</Typography.Text>
      ),
    },
    { key: "priority", label: t("workOrders.fields.priority"), children: t(`workOrders.priority.${order.priority}`) },
    ...(tasks.length > 0
      ? [
          {
            key: "tasks",
            label: t("workOrders.fields.tasks"),
            children: tasks.map((task) => t(`workOrders.tasks.${task}`)).join("、"),
          },
        ]
      : []),
    ...(order.contactNote
      ? [{ key: "contactNote", label: t("workOrders.contact.note"), children: order.contactNote }]
      : []),
    { key: "description", label: t("workOrders.fields.description"), children: order.description },
  ];

  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t("jobs.facts")} role="region" aria-label={t("jobs.facts")}>
        <Descriptions size="small" column={1} items={facts} />
      </Card>
      <Card
        size="small"
        title={
          <span>
            <ToolOutlined /> {t("jobs.bring")}
          </span>
        }
        role="region"
        aria-label={t("jobs.bring")}
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t("workOrders.fields.itemsToBring")}</Typography.Text>
          {order.itemsToBring.length > 0 ? (
            <ul style={LIST_STYLE} aria-label={t("workOrders.fields.itemsToBring")}>
              {order.itemsToBring.map((item, index) => (
                <li key={index}>
                  {item.name} <Typography.Text type="secondary">× {item.quantity}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text>{t("jobs.nothingToBring")}</Typography.Text>
          )}
          <Typography.Text type="secondary">{t("workOrders.fields.requiredQualifications")}</Typography.Text>
          {order.requiredQualifications.length > 0 ? (
            <Flex gap={4} wrap role="list" aria-label={t("workOrders.fields.requiredQualifications")}>
              {order.requiredQualifications.map((qualification) => (
                <Tag role="listitem" key={qualification} color="blue" icon={<SafetyCertificateOutlined />}>
                  {t(`qualifications.${qualification}`)}
                </Tag>
              ))}
            </Flex>
          ) : (
            <Typography.Text>{t("dispatch.assign.noQualifications")}</Typography.Text>
          )}
        </Flex>
      </Card>
      <Card size="small" title={t("jobs.safety.title")} role="region" aria-label={t("jobs.safety.title")}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("jobs.safety.hint")}
        </Typography.Paragraph>
        <ol style={LIST_STYLE} aria-label={t("jobs.safety.title")}>
          {checks.map((check) => (
            <li key={check.key}>{t(`jobs.safety.${check.key}`)}</li>
          ))}
        </ol>
      </Card>
    </Flex>
  );
}
