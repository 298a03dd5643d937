import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { PromiseBadge } from "@/components/PromiseBadge";
import { fieldErrorsOf } from "@/lib/api/problem";
import { PAUSE_REASONS, type PromisePauseReason } from "@/lib/promises";
import { useOrderAction, type WorkOrder } from "../api/work-orders";
import {
  emptyPausePromiseForm,
  promiseControlOf,
  toPausePromiseRequest,
  validatePausePromise,
  type PausePromiseForm as PausePromiseFormState,
} from "../model/promise-pause";
import { ActionProblem } from "./ActionProblem";

const FIELDS = new Set(["reason", "note"]);

function PausePromiseForm({ order, onDone }: { order: WorkOrder; onDone: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [form, setForm] = useState<PausePromiseFormState>(emptyPausePromiseForm);
  const [problems, setProblems] = useState<Record<string, "required">>({});
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePausePromise(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ action: "pausePromise", body: toPausePromiseRequest(form, order.version) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("workOrders.promise.pauseTitle")}>
      <p className="action__hint">{t("workOrders.promise.pauseHint")}</p>
      <div className="field-grid">
        <Field label={t("workOrders.promise.reason")} error={problems.reason ? t("validation.required") : server.reason}>
          {(props) => (
            <select
              {...props}
              name="reason"
              className="input"
              autoFocus
              value={form.reason}
              onChange={(event) => {
                setForm({ ...form, reason: event.target.value as PromisePauseReason | "" });
                setProblems({});
              }}
            >
              <option value="">{t("workOrders.promise.chooseReason")}</option>
              {PAUSE_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`promise.pauseReason.${reason}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("workOrders.promise.note")} error={server.note}>
          {(props) => (
            <textarea
              {...props}
              name="note"
              className="input input--text"
              rows={2}
              value={form.note}
              placeholder={t("workOrders.promise.notePlaceholder")}
              onChange={(event) => setForm({ ...form, note: event.target.value })}
            />
          )}
        </Field>
      </div>
      <ActionProblem error={mutation.error} displayedFields={FIELDS} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("workOrders.promise.pauseSubmit")}
      </button>
    </form>
  );
}

function ResumePromiseButton({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ action: "resumePromise", body: { version: order.version } })}
      >
        {mutation.isPending ? t("common.saving") : t("workOrders.promise.resume")}
      </button>
      <ActionProblem error={mutation.error} onReload={reload} />
    </>
  );
}

/**
 * The on-site promise as a row of the order's facts. Office staff stop its clock while waiting for the customer
 * or for parts (with the reason) and start it again; the form opens under the row, across the whole list.
 */
export function PromiseFact({ order, canManage }: { order: WorkOrder; canManage: boolean }) {
  const { t } = useTranslation();
  const [pausing, setPausing] = useState(false);
  const control = canManage ? promiseControlOf(order) : null;
  return (
    <>
      <dt>{t("workOrders.fields.promise")}</dt>
      <dd className="promise-fact">
        {order.promise ? <PromiseBadge promise={order.promise} /> : <span className="muted">{t("promise.none")}</span>}
        {control === "pause" && (
          <button type="button" className="button button--small" aria-expanded={pausing} onClick={() => setPausing(!pausing)}>
            {t("workOrders.promise.pause")}
          </button>
        )}
        {control === "resume" && <ResumePromiseButton order={order} />}
      </dd>
      {control === "pause" && pausing && (
        <dd className="facts__full">
          <PausePromiseForm order={order} onDone={() => setPausing(false)} />
        </dd>
      )}
    </>
  );
}
