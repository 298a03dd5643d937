import { Card, Descriptions, Flex, Image, Tag, Typography, type DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { useTenantFormat } from "@/lib/current-user";
import { nameIn, useServicePointDirectory } from "@/lib/directory";
import { faultCategoryWords } from "@/lib/fault-category";
import { useSignatureUrl, type WorkOrder, type WorkOrderDetail, type WorkOrderSummary } from "../api/work-orders";
import { applicableChecks } from "../model/checklist";
import { TASKS } from "../model/work-order-form";
import { PromiseFact } from "./PromiseFact";
import { ServiceReportButton } from "./ServiceReportButton";
import { LateTag, StatusBadge } from "./StatusBadge";

type Items = NonNullable<DescriptionsProps["items"]>;

interface OrderFactsProps {
  order: WorkOrder;
  job?: WorkOrderDetail["job"] | undefined;
  /** The installer's name for an id. */
  nameOf: (installerId: string) => string;
  /** Office staff may pause and resume the on-site promise. */
  canManagePromise?: boolean;
}

export function AppointmentWindow({ order }: { order: Pick<WorkOrder, "appointment"> }) {
  const format = useTenantFormat();
  const { start, end } = order.appointment;
  const sameDay = format.localDate(start) === format.localDate(end);
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      {format.dateTime(start)}–{sameDay ? format.time(end) : format.dateTime(end)}
    </span>
  );
}

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** The site as its address: the board's `siteAddress` when the server sends it, else the crew's job facts. */
export function siteAddressOf(
  order: Pick<WorkOrderSummary, "siteAddress">,
  job?: WorkOrderDetail["job"],
): string | undefined {
  return order.siteAddress || job?.site?.address || undefined;
}

/** Every fact of the order as the office reads it (Descriptions items): people, places and things by name, never by id. */
export function useOrderFactItems({ order, job, nameOf, canManagePromise = false }: OrderFactsProps): Items {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const servicePoints = useServicePointDirectory(!!order.servicePointId);
  const tasks = TASKS.filter((task) => order.tasks[task]);
  const record = order.installationRecord;
  const address = siteAddressOf(order, job);

  const items: Items = [
    {
      key: "status",
      label: t("workOrders.fields.status"),
      children: (
        <Flex gap={4} wrap>
          <StatusBadge status={order.status} />
          {order.late && <LateTag minutes={order.lateMinutes} />}
        </Flex>
      ),
    },
    { key: "type", label: t("workOrders.fields.type"), children: t(`workOrders.type.${order.type}`) },
    { key: "priority", label: t("workOrders.fields.priority"), children: t(`workOrders.priority.${order.priority}`) },
    { key: "appointment", label: t("workOrders.fields.appointment"), children: <AppointmentWindow order={order} /> },
    {
      key: "promise",
      label: t("workOrders.fields.promise"),
      span: "filled",
      children: <PromiseFact order={order} canManage={canManagePromise} />,
    },
    {
      key: "customer",
      label: t("workOrders.fields.customer"),
      children: (
        <Flex gap={8} wrap>
          <Link to={`/customers/${order.customerId}`}>{order.customerName}</Link>
          <PhoneLink phone={job?.customerPhone} />
        </Flex>
      ),
    },
    { key: "site", label: t("workOrders.fields.siteId"), children: address ?? NONE },
    {
      key: "lead",
      label: t("workOrders.fields.lead"),
      children: order.leadInstallerId ? nameOf(order.leadInstallerId) : NONE,
    },
    {
      key: "helpers",
      label: t("workOrders.fields.helpers"),
      children: order.helperIds.length > 0 ? order.helperIds.map(nameOf).join("、") : NONE,
    },
    {
      key: "tasks",
      label: t("workOrders.fields.tasks"),
      children:
        tasks.length > 0 ? tasks.map((task) => t(`workOrders.tasks.${task}`)).join("、") : t("workOrders.tasks.none"),
    },
    {
      key: "qualifications",
      label: t("workOrders.fields.requiredQualifications"),
      children:
        order.requiredQualifications.length > 0 ? (
          <Flex gap={4} wrap>
            {order.requiredQualifications.map((q) => (
              <Tag key={q} color="blue">
                {t(`qualifications.${q}`)}
              </Tag>
            ))}
          </Flex>
        ) : (
          NONE
        ),
    },
    {
      key: "items",
      label: t("workOrders.fields.itemsToBring"),
      children:
        order.itemsToBring.length > 0
          ? order.itemsToBring.map((item) => `${item.name} × ${item.quantity}`).join("、")
          : NONE,
    },
    {
      key: "faultCategory",
      label: t("workOrders.fields.faultCategory"),
      children: order.faultCategory ? faultCategoryWords(order.faultCategory) : NONE,
    },
    {
      key: "assets",
      label: t("workOrders.fields.assets"),
      children:
        order.assetIds.length > 0 ? (
          <Link to={`/customers/${order.customerId}`}>
            {t("workOrders.detail.assetCount", { count: order.assetIds.length })}
          </Link>
        ) : (
          NONE
        ),
    },
    {
      key: "servicePoint",
      label: t("workOrders.fields.servicePoint"),
      children: order.servicePointId ? nameIn(servicePoints.data, order.servicePointId) : NONE,
    },
    ...(order.connectionApplicationId
      ? [
          {
            key: "connectionApplication",
            label: t("workOrders.fields.connectionApplication"),
            children: (
              <Link to={`/connection-applications/${order.connectionApplicationId}`}>
                {t("workOrders.detail.openConnectionApplication")}
              </Link>
            ),
          },
        ]
      : []),
    { key: "fee", label: t("workOrders.fields.fee"), children: order.fee ? format.money(order.fee) : NONE },
    {
      key: "paymentCollected",
      label: t("workOrders.fields.paymentCollected"),
      children: order.paymentCollected ? format.money(order.paymentCollected) : NONE,
    },
    { key: "createdAt", label: t("workOrders.fields.createdAt"), children: format.dateTime(order.createdAt) },
    { key: "updatedAt", label: t("workOrders.fields.updatedAt"), children: format.dateTime(order.updatedAt) },
    { key: "description", label: t("workOrders.fields.description"), span: "filled", children: order.description },
    ...(record
      ? ([
          {
            key: "serials",
            label: t("workOrders.record.deviceSerials"),
            children: record.deviceSerials?.join(", ") || NONE,
          },
          { key: "sims", label: t("workOrders.record.simIds"), children: record.simIds?.join(", ") || NONE },
          { key: "plate", label: t("workOrders.record.vehiclePlate"), children: record.vehiclePlate || NONE },
          { key: "place", label: t("workOrders.record.siteDescription"), children: record.siteDescription || NONE },
        ] satisfies Items)
      : []),
  ];
  return items;
}

function Signature({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { url } = useSignatureUrl(order.id, order.hasSignature);
  if (!order.hasSignature) return null;
  return url ? (
    <Image
      src={url}
      alt={t("workOrders.signOff.signatureOf", { number: order.number })}
      width={240}
      style={{ background: "#fff", border: "1px solid #f0f0f0" }}
    />
  ) : (
    <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>
  );
}

/** What happened on site: contact, check-in, checklist, service report and the customer's sign-off. */
export function FieldRecord({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const report = order.serviceReport;
  const signOff = order.signOff;
  const checklist = order.checklist;
  const yesNo = (value: boolean | undefined) => (value === undefined ? "—" : value ? t("common.yes") : t("common.no"));
  const items: Items = [];
  if (order.cancelReason)
    items.push({ key: "cancel", label: t("workOrders.fields.cancelReason"), children: order.cancelReason });
  if (order.contactNote)
    items.push({ key: "contact", label: t("workOrders.contact.note"), children: order.contactNote });
  if (order.eta && order.status === "EN_ROUTE") {
    items.push({
      key: "eta",
      label: t("workOrders.fields.eta"),
      children:
        order.etaKm == null
          ? format.dateTime(order.eta)
          : t("workOrders.etaWithDistance", { time: format.dateTime(order.eta), km: order.etaKm }),
    });
  }
  if (order.checkedInAt) {
    items.push({
      key: "checkIn",
      label: t("workOrders.fields.checkedInAt"),
      children: (
        <Flex gap={8} wrap>
          {format.dateTime(order.checkedInAt)}
          {order.late ? <LateTag minutes={order.lateMinutes} /> : <Tag color="success">{t("workOrders.onTime")}</Tag>}
        </Flex>
      ),
    });
  }
  if (checklist) {
    items.push({
      key: "checklist",
      label: t("workOrders.complete.checklist"),
      span: "filled",
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {applicableChecks(order).map((check) => (
            <li key={check}>
              {t(`workOrders.checklist.${check}`)}: {yesNo(checklist[check])}
            </li>
          ))}
          <li>
            {t("workOrders.checklist.hazardsFound")}: {yesNo(checklist.hazardsFound)}
          </li>
          {checklist.hazardsFound && (
            <li>
              {t("workOrders.checklist.hazardsReportedToCustomer")}: {yesNo(checklist.hazardsReportedToCustomer)}
            </li>
          )}
        </ul>
      ),
    });
  }
  if (report) {
    items.push(
      { key: "cause", label: t("workOrders.report.faultCause"), children: report.faultCause },
      { key: "solution", label: t("workOrders.report.solution"), children: report.solution },
      {
        key: "parts",
        label: t("workOrders.report.partsReplaced"),
        children:
          report.partsReplaced && report.partsReplaced.length > 0
            ? report.partsReplaced.map((part) => `${part.name} × ${part.quantity}`).join("、")
            : t("workOrders.report.noneReplaced"),
      },
      { key: "opinion", label: t("workOrders.report.customerOpinion"), children: report.customerOpinion || "—" },
      {
        key: "suggestions",
        label: t("workOrders.report.productSuggestions"),
        children: report.productSuggestions || "—",
      },
    );
  }
  if (signOff?.refused) {
    items.push({
      key: "refusal",
      label: t("workOrders.signOff.refusalReason"),
      children: (
        <Flex gap={8} wrap>
          <Tag color="error">{t("workOrders.signOff.refused")}</Tag>
          {signOff.refusalReason}
        </Flex>
      ),
    });
  }
  if (signOff && !signOff.refused) {
    items.push(
      {
        key: "ratings",
        label: t("workOrders.signOff.ratingsTitle"),
        children: signOff.ratings
          ? (["attitude", "timeliness", "quality"] as const)
              .map((aspect) => `${t(`workOrders.signOff.ratings.${aspect}`)} ${signOff.ratings![aspect]}`)
              .join(" · ")
          : "—",
      },
      { key: "feedback", label: t("workOrders.signOff.suggestions"), children: signOff.suggestions || "—" },
      { key: "signature", label: t("workOrders.signOff.signature"), children: <Signature order={order} /> },
    );
  }
  if (signOff?.signedAt) {
    items.push({
      key: "signedAt",
      label: t("workOrders.fields.signedAt"),
      children: format.dateTime(signOff.signedAt),
    });
  }
  return (
    <Card
      size="small"
      title={t("workOrders.detail.fieldRecord")}
      role="region"
      aria-label={t("workOrders.detail.fieldRecord")}
      extra={signOff && <ServiceReportButton order={order} />}
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("workOrders.detail.nothingYet")}</Typography.Text>
      ) : (
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
      )}
    </Card>
  );
}
