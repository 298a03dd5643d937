import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "@/components/CheckboxField";
import { Field } from "@/components/Field";
import { fieldErrorsOf, isValidationError } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { applicableChecks, asksHazardsReported } from "../../model/checklist";
import {
  emptyCompletionForm,
  toCompleteRequest,
  validateCompletion,
  type CompletionForm,
  type CompletionProblem,
} from "../../model/completion-form";
import { ActionProblem } from "../ActionProblem";

type TextField = "faultCause" | "solution" | "customerOpinion" | "productSuggestions";

/**
 * The safety checklist (only the checks that apply to this order) and the service report. Missing items are
 * marked at their control, whether the form or the server's 422 found them.
 */
export function CompleteWorkForm({ order, onDone }: { order: WorkOrder; onDone?: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<CompletionForm>(emptyCompletionForm);
  const [problems, setProblems] = useState<Record<string, CompletionProblem>>({});
  const server = fieldErrorsOf(mutation.error);
  const checks = applicableChecks(order);

  const shown = new Set<string>([
    ...checks.map((check) => `checklist.${check}`),
    "checklist.hazardsFound",
    "checklist.hazardsReportedToCustomer",
    "report.faultCause",
    "report.solution",
    "report.partsReplaced",
    "report.customerOpinion",
    "report.productSuggestions",
    "paymentCollected",
    ...form.parts.flatMap((_, i) => [`report.partsReplaced[${i}].name`, `report.partsReplaced[${i}].quantity`]),
  ]);

  function message(path: string): string | undefined {
    const problem = problems[path];
    return problem ? t(`workOrders.complete.problems.${problem}`) : server[path];
  }

  function update(change: Partial<CompletionForm>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCompletion(form, order);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    mutation.mutate(
      { action: "complete", body: toCompleteRequest(form, order) },
      {
        onSuccess: () => onDone?.(),
        onError: (error) => {
          if (isValidationError(error)) focusFirstInvalid(formRef.current, Object.keys(fieldErrorsOf(error)));
        },
      },
    );
  }

  function textArea(field: TextField, rows = 2) {
    const path = `report.${field}`;
    return (
      <Field label={t(`workOrders.report.${field}`)} error={message(path)}>
        {(props) => (
          <textarea
            {...props}
            name={path}
            className="input input--text"
            rows={rows}
            value={form[field]}
            onChange={(event) => update({ [field]: event.target.value }, path)}
          />
        )}
      </Field>
    );
  }

  const hazardsError = message("checklist.hazardsFound");

  return (
    <form ref={formRef} className="action" onSubmit={submit} noValidate aria-label={t("workOrders.complete.title")}>
      <fieldset className="panel panel--inner">
        <legend className="panel__title">{t("workOrders.complete.checklist")}</legend>
        {checks.map((check) => (
          <CheckboxField
            key={check}
            name={`checklist.${check}`}
            label={t(`workOrders.checklist.${check}`)}
            checked={form.checks[check] === true}
            onChange={(checked) => update({ checks: { ...form.checks, [check]: checked } }, `checklist.${check}`)}
            error={message(`checklist.${check}`)}
          />
        ))}
        <fieldset className="inline-group" aria-describedby={hazardsError ? "hazards-found-error" : undefined}>
          <legend className="field__label">{t("workOrders.checklist.hazardsFound")}</legend>
          <div className="choice-row">
            {([true, false] as const).map((value) => (
              <label key={String(value)} className="checkbox checkbox--large">
                <input
                  type="radio"
                  name="checklist.hazardsFound"
                  checked={form.hazardsFound === value}
                  aria-invalid={hazardsError ? true : undefined}
                  onChange={() =>
                    update(
                      { hazardsFound: value, ...(value ? {} : { hazardsReportedToCustomer: false }) },
                      "checklist.hazardsFound",
                      "checklist.hazardsReportedToCustomer",
                    )
                  }
                />
                {value ? t("common.yes") : t("common.no")}
              </label>
            ))}
          </div>
          {hazardsError && (
            <p id="hazards-found-error" className="field__error">
              {hazardsError}
            </p>
          )}
        </fieldset>
        {asksHazardsReported(form.hazardsFound) && (
          <CheckboxField
            name="checklist.hazardsReportedToCustomer"
            label={t("workOrders.checklist.hazardsReportedToCustomer")}
            checked={form.hazardsReportedToCustomer}
            onChange={(checked) => update({ hazardsReportedToCustomer: checked }, "checklist.hazardsReportedToCustomer")}
            error={message("checklist.hazardsReportedToCustomer")}
          />
        )}
      </fieldset>

      <fieldset className="panel panel--inner">
        <legend className="panel__title">{t("workOrders.complete.report")}</legend>
        <div className="stack">
          {textArea("faultCause")}
          {textArea("solution")}
          <fieldset className="inline-group">
            <legend className="field__label">{t("workOrders.report.partsReplaced")}</legend>
            {form.parts.length === 0 && <p className="muted small">{t("workOrders.report.noParts")}</p>}
            {message("report.partsReplaced") && <p className="field__error">{message("report.partsReplaced")}</p>}
            {form.parts.map((part, index) => {
              const number = index + 1;
              const namePath = `report.partsReplaced[${index}].name`;
              const quantityPath = `report.partsReplaced[${index}].quantity`;
              return (
                <div key={index} className="item-row">
                  <Field label={t("workOrders.report.partName", { number })} error={message(namePath)} className="item-row__name">
                    {(props) => (
                      <input
                        {...props}
                        name={namePath}
                        className="input"
                        value={part.name}
                        onChange={(event) =>
                          update(
                            { parts: form.parts.map((p, i) => (i === index ? { ...p, name: event.target.value } : p)) },
                            namePath,
                          )
                        }
                      />
                    )}
                  </Field>
                  <Field label={t("workOrders.report.partQuantity", { number })} error={message(quantityPath)}>
                    {(props) => (
                      <input
                        {...props}
                        name={quantityPath}
                        className="input input--number"
                        inputMode="numeric"
                        value={part.quantity}
                        onChange={(event) =>
                          update(
                            { parts: form.parts.map((p, i) => (i === index ? { ...p, quantity: event.target.value } : p)) },
                            quantityPath,
                          )
                        }
                      />
                    )}
                  </Field>
                  <button
                    type="button"
                    className="button button--small button--quiet item-row__remove"
                    aria-label={t("workOrders.report.removePart", { number })}
                    onClick={() => update({ parts: form.parts.filter((_, i) => i !== index) }, namePath, quantityPath)}
                  >
                    {t("common.remove")}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              className="button button--small"
              onClick={() => update({ parts: [...form.parts, { name: "", quantity: "1" }] }, "report.partsReplaced")}
            >
              {t("workOrders.report.addPart")}
            </button>
          </fieldset>
          {textArea("customerOpinion")}
          {textArea("productSuggestions")}
          {order.fee && (
            <Field
              label={t("workOrders.report.paymentCollected")}
              error={message("paymentCollected")}
              hint={t("workOrders.report.feeHint", { fee: order.fee })}
            >
              {(props) => (
                <input
                  {...props}
                  name="paymentCollected"
                  className="input input--number"
                  inputMode="decimal"
                  value={form.paymentCollected}
                  onChange={(event) => update({ paymentCollected: event.target.value }, "paymentCollected")}
                />
              )}
            </Field>
          )}
        </div>
      </fieldset>
      <ActionProblem error={mutation.error} displayedFields={shown} onReload={reload} />
      <button type="submit" className="button button--primary button--large" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("workOrders.complete.submit")}
      </button>
    </form>
  );
}
