import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Field } from "@/components/Field";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import {
  useAssignOrder,
  usePartnerAgreements,
  usePartnerOrderStep,
  usePartnerOrders,
  type PartnerOrder,
} from "../api/partners";
import {
  emptyAssignForm,
  toAssign,
  validateAssign,
  validateDamage,
  type AssignForm,
  type DamageForm,
  type Problems,
} from "../model/partner-form";
import { messageAt } from "./problem-text";

function AssignOrderForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const agreements = usePartnerAgreements(partnerId);
  const assign = useAssignOrder(partnerId);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<AssignForm>(() => emptyAssignForm());
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(assign.error);
  const message = (path: string) => messageAt(t, problems, server, path);
  const set = (key: keyof AssignForm) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  // The only agreement is the one to use.
  const agreementId = form.agreementId || (agreements.data?.length === 1 ? agreements.data[0]!.id : "");

  function submit(event: FormEvent) {
    event.preventDefault();
    const filled = { ...form, agreementId };
    const found = validateAssign(filled);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    assign.mutate(
      { body: toAssign(filled), idempotencyKey },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel panel--inner" onSubmit={submit} noValidate aria-label={t("partners.orders.assign")}>
      <div className="field-grid">
        <TextField
          label={t("partners.fields.workOrderId")}
          name="workOrderId"
          value={form.workOrderId}
          inputClassName="input--wide mono"
          hint={t("partners.orders.workOrderIdHint")}
          error={message("workOrderId")}
          onChange={set("workOrderId")}
        />
        <Field label={t("partners.fields.agreement")} error={message("agreementId")}>
          {(props) => (
            <select {...props} name="agreementId" className="input" value={agreementId} onChange={(e) => set("agreementId")(e.target.value)}>
              <option value="">{t("partners.orders.chooseAgreement")}</option>
              {(agreements.data ?? []).map((agreement) => (
                <option key={agreement.id} value={agreement.id}>
                  {t("partners.orders.agreementOption", {
                    from: agreement.firstDay,
                    to: agreement.lastDay,
                    fee: agreement.feePerUnit,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t("partners.fields.units")} name="units" inputMode="numeric" value={form.units} error={message("units")} onChange={set("units")} />
        <TextField label={t("partners.fields.dueDate")} name="dueDate" type="date" value={form.dueDate} error={message("dueDate")} onChange={set("dueDate")} />
      </div>
      <ProblemAlert error={assign.error} displayedFields={new Set(["workOrderId", "agreementId", "units", "dueDate"])} />
      <button type="submit" className="button button--primary" disabled={assign.isPending}>
        {assign.isPending ? t("common.saving") : t("partners.orders.assignSubmit")}
      </button>
    </form>
  );
}

function DamageFormRow({ partnerId, order, onDone }: { partnerId: string; order: PartnerOrder; onDone: () => void }) {
  const { t } = useTranslation();
  const step = usePartnerOrderStep(partnerId);
  const [form, setForm] = useState<DamageForm>({ amount: order.damageAmount ?? "", note: order.damageNote ?? "" });
  const [problems, setProblems] = useState<Problems>({});
  const server = fieldErrorsOf(step.error);
  const message = (path: string) => messageAt(t, problems, server, path);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateDamage(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    step.mutate({ step: "damage", order, amount: form.amount.trim(), note: form.note.trim() }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("partners.orders.damageOf", { number: order.workOrderNumber })}>
      <div className="field-grid">
        <TextField
          label={t("partners.fields.damage")}
          name="amount"
          inputMode="decimal"
          value={form.amount}
          error={message("amount")}
          onChange={(amount) => setForm((current) => ({ ...current, amount }))}
        />
        <TextField
          label={t("partners.fields.damageNote")}
          name="note"
          inputClassName="input--wide"
          value={form.note}
          error={message("note")}
          onChange={(note) => setForm((current) => ({ ...current, note }))}
        />
      </div>
      <ProblemAlert error={step.error} displayedFields={new Set(["amount", "note"])} />
      <button type="submit" className="button button--primary" disabled={step.isPending}>
        {step.isPending ? t("common.saving") : t("partners.orders.damageSubmit")}
      </button>
    </form>
  );
}

/** Work orders given to the partner: the customer's and the manager's sign-off, damage, and settlement. */
export function OrdersTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const orders = usePartnerOrders(partnerId);
  const step = usePartnerOrderStep(partnerId);
  const [assigning, setAssigning] = useState(false);
  const [damageOf, setDamageOf] = useState<string | null>(null);
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel" aria-label={t("partners.tabs.orders")}>
      <div className="action-bar">
        <button type="button" className="button" aria-expanded={assigning} onClick={() => setAssigning(!assigning)}>
          {assigning ? t("common.cancel") : t("partners.orders.assign")}
        </button>
      </div>
      {assigning && <AssignOrderForm partnerId={partnerId} onDone={() => setAssigning(false)} />}
      {orders.isPending && <Loading />}
      {orders.isError && <ProblemAlert error={orders.error} />}
      <ProblemAlert error={step.variables?.step === "accept" ? step.error : null} />
      {orders.isSuccess && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("partners.tabs.orders")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partners.fields.workOrder")}</th>
                <th scope="col">{t("partners.fields.units")}</th>
                <th scope="col">{t("partners.fields.dueDate")}</th>
                <th scope="col">{t("partners.fields.workDoneAt")}</th>
                <th scope="col">{t("partners.fields.customerSigned")}</th>
                <th scope="col">{t("partners.fields.accepted")}</th>
                <th scope="col">{t("partners.fields.damage")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={8} className="empty">
                    {t("common.noItems")}
                  </td>
                </tr>
              ) : (
                items.map((order) => (
                  <tr key={order.id}>
                    <td className="nowrap">
                      <Link to={`/work-orders/${order.workOrderId}`}>{order.workOrderNumber}</Link>
                      {order.statementId && <span className="badge badge--done">{t("partners.orders.settled")}</span>}
                    </td>
                    <td>{order.units}</td>
                    <td className="nowrap">{order.dueDate}</td>
                    <td className="nowrap">{order.workDoneAt ? format.dateTime(order.workDoneAt) : <span className="muted">—</span>}</td>
                    <td>{order.customerSigned ? t("common.yes") : t("common.no")}</td>
                    <td>
                      {order.accepted ? (
                        <span title={order.acceptedAt ? format.dateTime(order.acceptedAt) : undefined}>
                          {t("common.yes")} {order.acceptedBy && <span className="muted small">{order.acceptedBy}</span>}
                        </span>
                      ) : (
                        t("common.no")
                      )}
                    </td>
                    <td>
                      {order.damageAmount ? (
                        <span title={order.damageNote}>{format.money(order.damageAmount)}</span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                      {damageOf === order.id && (
                        <DamageFormRow partnerId={partnerId} order={order} onDone={() => setDamageOf(null)} />
                      )}
                    </td>
                    <td className="actions">
                      {!order.accepted && (
                        <button
                          type="button"
                          className="button button--small button--primary"
                          disabled={!order.customerSigned || step.isPending}
                          title={order.customerSigned ? undefined : t("partners.orders.acceptNeedsSignature")}
                          onClick={() => step.mutate({ step: "accept", order })}
                        >
                          {t("partners.orders.accept", { number: order.workOrderNumber })}
                        </button>
                      )}
                      {!order.statementId && (
                        <button
                          type="button"
                          className="button button--small"
                          aria-expanded={damageOf === order.id}
                          onClick={() => setDamageOf(damageOf === order.id ? null : order.id)}
                        >
                          {t("partners.orders.damage")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onLoadMore={() => void orders.fetchNextPage()} />
    </section>
  );
}
