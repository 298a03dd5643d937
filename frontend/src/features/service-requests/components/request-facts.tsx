import { Typography, type DescriptionsProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useCustomer, useCustomerAssets } from "@/lib/customer-lookup";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useConvertedWorkOrder, type ServiceRequest } from "../api/service-requests";
import { RequestStatusBadge } from "./RequestStatusBadge";

/** The work order a request became, as a link with its number. */
export function WorkOrderLink({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const order = useConvertedWorkOrder(workOrderId);
  const number = order.data?.order.number;
  return (
    <Link to={`/work-orders/${workOrderId}`}>
      {number ? t("serviceRequests.openWorkOrder", { number }) : t("serviceRequests.openWorkOrderPending")}
    </Link>
  );
}

type Facts = NonNullable<DescriptionsProps["items"]>;

/** Everything about one request as Descriptions items: who called, how, about what, and how it ended. */
export function useRequestFacts(request: ServiceRequest | undefined): Facts {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const staffName = useStaffNames();
  const customer = useCustomer(request?.customerId ?? null);
  const assets = useCustomerAssets(request?.assetId ? request.customerId : null);
  if (!request) return [];
  const asset = assets.data?.items.find((item) => item.id === request.assetId);
  const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const facts: Facts = [
    {
      key: "status",
      label: t("serviceRequests.fields.status"),
      children: <RequestStatusBadge status={request.status} />,
    },
    {
      key: "customer",
      label: t("serviceRequests.fields.customer"),
      children: (
        <span>
          <Link to={`/customers/${request.customerId}`}>{request.customerName}</Link>
          {customer.data && (
            <>
              {" "}
              <PhoneLink phone={customer.data.phone} />
            </>
          )}
        </span>
      ),
    },
    {
      key: "channel",
      label: t("serviceRequests.fields.channel"),
      children: t(`serviceRequests.channel.${request.channel}`),
    },
    {
      key: "category",
      label: t("serviceRequests.fields.category"),
      children: t(`serviceRequests.category.${request.category}`),
    },
    {
      key: "asset",
      label: t("serviceRequests.fields.asset"),
      children: request.assetId
        ? asset
          ? [asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" · ")
          : muted(t("common.loading"))
        : muted("—"),
    },
    {
      key: "registeredAt",
      label: t("serviceRequests.fields.registeredAt"),
      children: (
        <span>
          {format.dateTime(request.registeredAt)} {muted(staffName(request.registeredBy))}
        </span>
      ),
    },
    {
      key: "promise",
      label: t("serviceRequests.fields.promise"),
      children: request.promise ? <PromiseBadge promise={request.promise} /> : muted(t("promise.none")),
    },
  ];
  if (request.preferredSlot) {
    facts.push({
      key: "preferredSlot",
      label: t("serviceRequests.fields.preferredSlot"),
      children: `${format.dateTime(request.preferredSlot.start)}–${format.time(request.preferredSlot.end)}`,
    });
  }
  if (request.customerConfirmedAt) {
    facts.push({
      key: "customerConfirmedAt",
      label: t("serviceRequests.fields.customerConfirmedAt"),
      children: format.dateTime(request.customerConfirmedAt),
    });
  }
  if (request.closedAt) {
    facts.push({
      key: "closedAt",
      label: t("serviceRequests.fields.closedAt"),
      children: format.dateTime(request.closedAt),
    });
  }
  if (request.workOrderId) {
    facts.push({
      key: "workOrder",
      label: t("serviceRequests.fields.workOrder"),
      children: <WorkOrderLink workOrderId={request.workOrderId} />,
    });
  }
  if (request.resolution) {
    facts.push({
      key: "resolution",
      label: t("serviceRequests.fields.resolution"),
      children: request.resolution,
      span: "filled",
    });
  }
  if (request.dismissReason) {
    facts.push({
      key: "dismissReason",
      label: t("serviceRequests.fields.dismissReason"),
      children: request.dismissReason,
      span: "filled",
    });
  }
  facts.push({
    key: "description",
    label: t("serviceRequests.fields.description"),
    children: <span style={{ whiteSpace: "pre-wrap" }}>{request.description}</span>,
    span: "filled",
  });
  return facts;
}
