import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import { useSignatureUrl, type WorkOrder } from "../api/work-orders";
import { applicableChecks } from "../model/checklist";
import { TASKS } from "../model/work-order-form";
import { PromiseFact } from "./PromiseFact";
import { StatusBadge } from "./StatusBadge";

interface OrderFactsProps {
  order: WorkOrder;
  /** The installer's name for an id, or the id when the name is not known. */
  nameOf: (installerId: string) => string;
  /** Office staff may pause and resume the on-site promise. */
  canManagePromise?: boolean;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}

export function AppointmentWindow({ order }: { order: Pick<WorkOrder, "appointment"> }) {
  const format = useTenantFormat();
  const { start, end } = order.appointment;
  const sameDay = format.localDate(start) === format.localDate(end);
  return (
    <span className="nowrap">
      {format.dateTime(start)}–{sameDay ? format.time(end) : format.dateTime(end)}
    </span>
  );
}

/** Every field of the order as the office reads it. */
export function OrderFacts({ order, nameOf, canManagePromise = false }: OrderFactsProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const tasks = TASKS.filter((task) => order.tasks[task]);
  const record = order.installationRecord;
  return (
    <section className="panel" aria-labelledby="order-facts-title">
      <h2 id="order-facts-title" className="panel__title">
        {t("workOrders.detail.facts")}
      </h2>
      <dl className="facts facts--columns">
        <Fact label={t("workOrders.fields.status")}>
          <StatusBadge status={order.status} />
          {order.late && <span className="badge badge--late">{t("workOrders.late", { minutes: order.lateMinutes ?? 0 })}</span>}
        </Fact>
        <Fact label={t("workOrders.fields.type")}>{t(`workOrders.type.${order.type}`)}</Fact>
        <Fact label={t("workOrders.fields.faultCategory")}>
          {order.faultCategory ? <span className="mono">{order.faultCategory}</span> : null}
        </Fact>
        <Fact label={t("workOrders.fields.priority")}>
          <span className={`priority priority--${order.priority.toLowerCase()}`}>{t(`workOrders.priority.${order.priority}`)}</span>
        </Fact>
        <Fact label={t("workOrders.fields.appointment")}>
          <AppointmentWindow order={order} />
        </Fact>
        <PromiseFact order={order} canManage={canManagePromise} />
        <Fact label={t("workOrders.fields.lead")}>{order.leadInstallerId ? nameOf(order.leadInstallerId) : null}</Fact>
        <Fact label={t("workOrders.fields.helpers")}>
          {order.helperIds.length > 0 ? order.helperIds.map(nameOf).join("、") : null}
        </Fact>
        <Fact label={t("workOrders.fields.customer")}>
          <span title={order.customerId}>{order.customerName}</span>
        </Fact>
        <Fact label={t("workOrders.fields.siteId")}>{order.siteId ? <span className="mono">{order.siteId}</span> : null}</Fact>
        <Fact label={t("workOrders.fields.tasks")}>
          {tasks.length > 0 ? tasks.map((task) => t(`workOrders.tasks.${task}`)).join("、") : t("workOrders.tasks.none")}
        </Fact>
        <Fact label={t("workOrders.fields.requiredQualifications")}>
          {order.requiredQualifications.length > 0
            ? order.requiredQualifications.map((q) => (
                <span key={q} className="chip">
                  {t(`qualifications.${q}`)}
                </span>
              ))
            : null}
        </Fact>
        <Fact label={t("workOrders.fields.itemsToBring")}>
          {order.itemsToBring.length > 0
            ? order.itemsToBring.map((item) => `${item.name} × ${item.quantity}`).join("、")
            : null}
        </Fact>
        <Fact label={t("workOrders.fields.assets")}>
          {order.assetIds.length > 0 ? <span className="mono">{order.assetIds.join(", ")}</span> : null}
        </Fact>
        <Fact label={t("workOrders.fields.servicePoint")}>
          {order.servicePointId ? <span className="mono">{order.servicePointId}</span> : null}
        </Fact>
        <Fact label={t("workOrders.fields.fee")}>{order.fee ? format.money(order.fee) : null}</Fact>
        <Fact label={t("workOrders.fields.paymentCollected")}>
          {order.paymentCollected ? format.money(order.paymentCollected) : null}
        </Fact>
        <Fact label={t("workOrders.fields.createdAt")}>{format.dateTime(order.createdAt)}</Fact>
        <Fact label={t("workOrders.fields.updatedAt")}>
          {format.dateTime(order.updatedAt)} <span className="muted small">{t("common.version", { version: order.version })}</span>
        </Fact>
      </dl>
      <p className="description">{order.description}</p>
      {record && (
        <dl className="facts">
          <Fact label={t("workOrders.record.deviceSerials")}>{record.deviceSerials?.join(", ") || null}</Fact>
          <Fact label={t("workOrders.record.simIds")}>{record.simIds?.join(", ") || null}</Fact>
          <Fact label={t("workOrders.record.vehiclePlate")}>{record.vehiclePlate || null}</Fact>
          <Fact label={t("workOrders.record.siteDescription")}>{record.siteDescription || null}</Fact>
        </dl>
      )}
    </section>
  );
}

function Signature({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { url } = useSignatureUrl(order.id, order.hasSignature);
  if (!order.hasSignature) return null;
  return url ? (
    <img className="signature-image" src={url} alt={t("workOrders.signOff.signatureOf", { number: order.number })} />
  ) : (
    <span className="muted">{t("common.loading")}</span>
  );
}

/** What happened on site: contact, check-in, checklist, service report and the customer's sign-off. */
export function FieldRecord({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const report = order.serviceReport;
  const signOff = order.signOff;
  const checklist = order.checklist;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? null : value ? t("common.yes") : t("common.no");
  const nothingYet = !order.contactNote && !order.checkedInAt && !report && !signOff && !order.cancelReason;
  return (
    <section className="panel" aria-labelledby="field-record-title">
      <h2 id="field-record-title" className="panel__title">
        {t("workOrders.detail.fieldRecord")}
      </h2>
      {nothingYet && <p className="muted">{t("workOrders.detail.nothingYet")}</p>}
      <dl className="facts">
        {order.cancelReason && <Fact label={t("workOrders.fields.cancelReason")}>{order.cancelReason}</Fact>}
        {order.contactNote && <Fact label={t("workOrders.contact.note")}>{order.contactNote}</Fact>}
        {order.checkedInAt && (
          <Fact label={t("workOrders.fields.checkedInAt")}>
            {format.dateTime(order.checkedInAt)}{" "}
            {order.late ? (
              <span className="badge badge--late">{t("workOrders.late", { minutes: order.lateMinutes ?? 0 })}</span>
            ) : (
              <span className="badge badge--ok">{t("workOrders.onTime")}</span>
            )}
          </Fact>
        )}
        {checklist && (
          <Fact label={t("workOrders.complete.checklist")}>
            <ul className="plain-list">
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
          </Fact>
        )}
        {report && (
          <>
            <Fact label={t("workOrders.report.faultCause")}>{report.faultCause}</Fact>
            <Fact label={t("workOrders.report.solution")}>{report.solution}</Fact>
            <Fact label={t("workOrders.report.partsReplaced")}>
              {report.partsReplaced && report.partsReplaced.length > 0
                ? report.partsReplaced.map((part) => `${part.name} × ${part.quantity}`).join("、")
                : t("workOrders.report.noneReplaced")}
            </Fact>
            <Fact label={t("workOrders.report.customerOpinion")}>{report.customerOpinion}</Fact>
            <Fact label={t("workOrders.report.productSuggestions")}>{report.productSuggestions}</Fact>
          </>
        )}
        {signOff && signOff.refused && (
          <Fact label={t("workOrders.signOff.refusalReason")}>
            <span className="badge badge--late">{t("workOrders.signOff.refused")}</span> {signOff.refusalReason}
          </Fact>
        )}
        {signOff && !signOff.refused && (
          <>
            <Fact label={t("workOrders.signOff.ratingsTitle")}>
              {signOff.ratings &&
                (["attitude", "timeliness", "quality"] as const)
                  .map((aspect) => `${t(`workOrders.signOff.ratings.${aspect}`)} ${signOff.ratings![aspect]}`)
                  .join(" · ")}
            </Fact>
            <Fact label={t("workOrders.signOff.suggestions")}>{signOff.suggestions}</Fact>
            <Fact label={t("workOrders.signOff.signature")}>
              <Signature order={order} />
            </Fact>
          </>
        )}
        {signOff?.signedAt && <Fact label={t("workOrders.fields.signedAt")}>{format.dateTime(signOff.signedAt)}</Fact>}
      </dl>
    </section>
  );
}
