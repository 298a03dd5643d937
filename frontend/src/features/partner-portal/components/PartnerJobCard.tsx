import { CheckOutlined, CompassOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Collapse, Descriptions, Flex, Popconfirm, Tag, Typography } from "antd";
import type { DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { mapLink } from "@/lib/map-link";
import { useAcceptMyPartnerOrder, type PartnerOrderView } from "../api/portal";
import { customerLine, serialsLine } from "../model/order-view";
import { ReportDoneForm } from "./ReportDoneForm";
import { tagColour } from "@/app/design/theme";

/** Where the partner stands with the job: to take, taken, or reported done. */
export function partnerJobStage(order: Pick<PartnerOrderView, "taken" | "reportedDoneAt">) {
  if (order.reportedDoneAt) return "reported" as const;
  return order.taken ? ("taken" as const) : ("open" as const);
}

const STAGE_COLOUR = { open: tagColour.gold, taken: "processing", reported: "success" } as const;

/**
 * One job on the partner's phone: where and when, what to do, and the next step as one large button or form
 * (take the job, then report it done with photos). Only what the server gave of the customer is shown.
 */
export function PartnerJobCard({ order }: { order: PartnerOrderView }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const me = useCurrentUser();
  const accept = useAcceptMyPartnerOrder();
  const stage = partnerJobStage(order);
  const navigation = order.siteAddress ? mapLink(me.tenant?.mapUrlTemplate, { address: order.siteAddress }) : null;
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  const facts: DescriptionsProps["items"] = [
    {
      key: "site",
      label: t("partnerPortal.orders.site"),
      children: order.siteAddress ? (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text>{order.siteAddress}</Typography.Text>
          {navigation && (
            <Button
              href={navigation}
              target="_blank"
              rel="noopener noreferrer"
              icon={<CompassOutlined aria-hidden />}
              aria-label={t("partnerPortal.orders.navigateTo", { address: order.siteAddress })}
            >
              {t("partnerPortal.orders.navigate")}
            </Button>
          )}
        </Flex>
      ) : (
        none
      ),
    },
    {
      key: "appointment",
      label: t("partnerPortal.orders.appointment"),
      children: order.appointment
        ? `${format.dateTime(order.appointment.start)} – ${format.time(order.appointment.end)}`
        : none,
    },
    {
      key: "work",
      label: t("partnerPortal.orders.work"),
      children: <Typography.Text style={{ whiteSpace: "pre-line" }}>{order.description}</Typography.Text>,
    },
    { key: "units", label: t("partnerPortal.orders.units"), children: order.units },
    { key: "dueDate", label: t("partnerPortal.orders.dueDate"), children: order.dueDate },
    { key: "customer", label: t("partnerPortal.orders.customer"), children: customerLine(order) },
    ...(order.vehiclePlate
      ? [{ key: "vehiclePlate", label: t("partnerPortal.orders.vehiclePlate"), children: order.vehiclePlate }]
      : []),
    {
      key: "devices",
      label: t("partnerPortal.orders.devices"),
      children: serialsLine(order) ?? none,
    },
    {
      key: "signOff",
      label: t("partnerPortal.orders.signOff"),
      children: (
        <Flex gap={4} wrap>
          <Tag color={order.customerSigned ? "success" : "default"}>
            {order.customerSigned ? t("partnerPortal.orders.customerSigned") : t("partnerPortal.orders.notSigned")}
          </Tag>
          <Tag color={order.accepted ? "success" : "default"}>
            {order.accepted ? t("partnerPortal.orders.accepted") : t("partnerPortal.orders.notAccepted")}
          </Tag>
        </Flex>
      ),
    },
  ];

  return (
    <Card
      size="small"
      role="article"
      aria-label={order.number}
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
          {order.number}
        </Typography.Title>
      }
      extra={
        <Flex gap={4} wrap justify="flex-end">
          <Tag>{t(`partnerPortal.orders.status.${order.status}`)}</Tag>
          <Tag color={STAGE_COLOUR[stage]}>{t(`partnerPortal.orders.stage.${stage}`)}</Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={1} items={facts} />
        {order.technicalStandard && (
          <Collapse
            size="small"
            items={[
              {
                key: "standard",
                label: t("partnerPortal.orders.technicalStandard"),
                children: (
                  <Typography.Paragraph style={{ whiteSpace: "pre-line", margin: 0 }}>
                    {order.technicalStandard}
                  </Typography.Paragraph>
                ),
              },
            ]}
          />
        )}
        {stage === "open" && (
          <>
            <ProblemAlert error={accept.error} />
            <Popconfirm
              title={t("partnerPortal.orders.acceptConfirm", { number: order.number })}
              okText={t("partnerPortal.orders.accept")}
              cancelText={t("common.cancel")}
              onConfirm={() => accept.mutate(order.workOrderId)}
            >
              <Button type="primary" size="large" block icon={<CheckOutlined aria-hidden />} loading={accept.isPending}>
                {t("partnerPortal.orders.accept")}
              </Button>
            </Popconfirm>
          </>
        )}
        {stage === "taken" && (
          <>
            {order.takenAt && (
              <Typography.Text type="secondary">
                {t("partnerPortal.orders.takenAt", { time: format.dateTime(order.takenAt) })}
              </Typography.Text>
            )}
            <ReportDoneForm order={order} />
          </>
        )}
        {stage === "reported" && (
          <Alert
            type="success"
            showIcon
            title={t("partnerPortal.orders.reportedAt", { time: format.dateTime(order.reportedDoneAt!) })}
            description={
              <Flex vertical gap={4}>
                <span>{t("partnerPortal.orders.photoCount", { count: order.donePhotoIds.length })}</span>
                {order.doneNote && <span style={{ whiteSpace: "pre-line" }}>{order.doneNote}</span>}
              </Flex>
            }
          />
        )}
      </Flex>
    </Card>
  );
}
