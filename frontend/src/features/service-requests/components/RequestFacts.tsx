import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useCustomer, useCustomerAssets } from "@/lib/customer-lookup";
import { useTenantFormat } from "@/lib/current-user";
import { useConvertedWorkOrder, type ServiceRequest } from "../api/service-requests";
import { RequestStatusBadge } from "./RequestStatusBadge";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}

/** The work order a request became, as a link with its number. */
export function WorkOrderLink({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const order = useConvertedWorkOrder(workOrderId);
  const number = order.data?.order.number;
  return (
    <Link to={`/work-orders/${workOrderId}`} className="strong">
      {number ? t("serviceRequests.openWorkOrder", { number }) : t("serviceRequests.openWorkOrderPending")}
    </Link>
  );
}

/** Everything about one request: who called, how, about what, and how it ended. */
export function RequestFacts({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const customer = useCustomer(request.customerId);
  const assets = useCustomerAssets(request.assetId ? request.customerId : null);
  const asset = assets.data?.items.find((item) => item.id === request.assetId);
  return (
    <section className="panel" aria-labelledby="request-facts-title">
      <h2 id="request-facts-title" className="panel__title">
        {t("serviceRequests.detail.facts")}
      </h2>
      <dl className="facts facts--columns">
        <Fact label={t("serviceRequests.fields.status")}>
          <RequestStatusBadge status={request.status} />
        </Fact>
        <Fact label={t("serviceRequests.fields.channel")}>{t(`serviceRequests.channel.${request.channel}`)}</Fact>
        <Fact label={t("serviceRequests.fields.customer")}>
          <Link to={`/customers/${request.customerId}`}>{request.customerName}</Link>
          {customer.data && <span className="mono"> {customer.data.phone}</span>}
        </Fact>
        <Fact label={t("serviceRequests.fields.category")}>{t(`serviceRequests.category.${request.category}`)}</Fact>
        <Fact label={t("serviceRequests.fields.asset")}>
          {request.assetId
            ? asset
              ? [asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" · ")
              : t("common.loading")
            : null}
        </Fact>
        <Fact label={t("serviceRequests.fields.registeredAt")}>
          {format.dateTime(request.registeredAt)} <span className="muted">{request.registeredBy}</span>
        </Fact>
        <Fact label={t("serviceRequests.fields.promise")}>
          {request.promise ? <PromiseBadge promise={request.promise} /> : <span className="muted">{t("promise.none")}</span>}
        </Fact>
        {request.closedAt && <Fact label={t("serviceRequests.fields.closedAt")}>{format.dateTime(request.closedAt)}</Fact>}
        {request.resolution && <Fact label={t("serviceRequests.fields.resolution")}>{request.resolution}</Fact>}
        {request.dismissReason && <Fact label={t("serviceRequests.fields.dismissReason")}>{request.dismissReason}</Fact>}
        {request.preferredSlot && (
          <Fact label={t("serviceRequests.fields.preferredSlot")}>
            {format.dateTime(request.preferredSlot.start)}–{format.time(request.preferredSlot.end)}
          </Fact>
        )}
        {request.customerConfirmedAt && (
          <Fact label={t("serviceRequests.fields.customerConfirmedAt")}>{format.dateTime(request.customerConfirmedAt)}</Fact>
        )}
        {request.workOrderId && (
          <Fact label={t("serviceRequests.fields.workOrder")}>
            <WorkOrderLink workOrderId={request.workOrderId} />
          </Fact>
        )}
      </dl>
      <p className="description">{request.description}</p>
    </section>
  );
}
