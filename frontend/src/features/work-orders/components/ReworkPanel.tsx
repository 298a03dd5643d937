import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SegmentedField } from "@/components/SegmentedField";
import { useOrderAction, type ReworkCause, type WorkOrder } from "../api/work-orders";
import { REWORK_CAUSES, canAttributeRework, isCauseChange, isRework } from "../model/rework";
import { ActionProblem } from "./ActionProblem";

interface ReworkPanelProps {
  order: WorkOrder;
  roles: readonly string[];
  /** Orders already loaded, to show the original's number and lead installer; the id is shown otherwise. */
  orders: readonly WorkOrder[];
  nameOf: (installerId: string) => string;
}

/** A rework: the completed order it reworks, and who caused it; a manager attributes or changes the cause. */
export function ReworkPanel({ order, roles, orders, nameOf }: ReworkPanelProps) {
  const { t } = useTranslation();
  if (!isRework(order) || !order.reworkOfId) return null;
  const originalId = order.reworkOfId;
  const original = orders.find((candidate) => candidate.id === originalId);
  return (
    <section className="panel panel--highlight" aria-labelledby="rework-title">
      <h2 id="rework-title" className="panel__title">
        {t("workOrders.rework.title")}
      </h2>
      <dl className="facts">
        <dt>{t("workOrders.rework.original")}</dt>
        <dd>
          <Link to={`/work-orders/${originalId}`}>
            {original ? original.number : <span className="mono">{`${originalId.slice(0, 8)}…`}</span>}
          </Link>
          {original?.leadInstallerId && (
            <span className="muted small"> · {t("workOrders.rework.originalLead", { name: nameOf(original.leadInstallerId) })}</span>
          )}
        </dd>
        <dt>{t("workOrders.rework.cause")}</dt>
        <dd>{order.reworkCause ? t(`workOrders.rework.causes.${order.reworkCause}`) : <span className="muted">{t("workOrders.rework.notAttributed")}</span>}</dd>
      </dl>
      {/* Keyed by version: after saving or reloading, the choice starts from the cause on record. */}
      {canAttributeRework(roles) && <AttributeCauseForm key={order.version} order={order} />}
    </section>
  );
}

function AttributeCauseForm({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [chosen, setChosen] = useState<ReworkCause | "">(order.reworkCause ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isCauseChange(chosen, order.reworkCause)) return;
    mutation.mutate({ action: "attributeRework", body: { version: order.version, cause: chosen } });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("workOrders.rework.attribute")}>
      <SegmentedField
        legend={order.reworkCause ? t("workOrders.rework.change") : t("workOrders.rework.attribute")}
        name="reworkCause"
        options={REWORK_CAUSES.map((cause) => ({ value: cause, label: t(`workOrders.rework.causes.${cause}`) }))}
        value={chosen}
        onChange={(cause) => {
          setChosen(cause);
          mutation.reset();
        }}
      />
      <ActionProblem error={mutation.error} onReload={reload} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending || !isCauseChange(chosen, order.reworkCause)}
      >
        {mutation.isPending ? t("common.saving") : t("workOrders.rework.save")}
      </button>
    </form>
  );
}
