import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "@/components/CheckboxField";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isProblemType, isRetryable } from "@/lib/api/problem";
import { useCurrentUser } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { focusFirstInvalid } from "@/lib/validation";
import { useClaimableTrips, useSubmitClaim, type ExpenseCategory, type ExpenseClaim } from "../api/expenses";
import {
  EXPENSE_CATEGORIES,
  displayedPaths,
  emptyClaimForm,
  emptyReceipt,
  receiptErrors,
  receiptPath,
  toSubmitClaim,
  validateClaim,
  type ClaimForm,
  type Problems,
  type ReceiptLine,
} from "../model/claim-form";

/**
 * An expense claim (报销) for a trip: one line per receipt. A receipt from another city or outside the trip's
 * days refuses the whole claim; the server's reason is shown at that receipt's place or date. A manager may
 * claim on an installer's behalf and accept such a receipt with a reason.
 */
export function SubmitClaimForm({ tripId, onSubmitted }: { tripId?: string; onSubmitted: (claim: ExpenseClaim) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const manager = me.roles.includes("manager");
  const submit = useSubmitClaim();
  const trips = useClaimableTrips();
  const installers = useInstallerDirectory(manager);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ClaimForm>(() => emptyClaimForm(tripId));
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(submit.error);
  const trip = trips.data?.find((candidate) => candidate.id === form.tripId);
  // A manager claims on behalf of one of the trip's people (the server asks whom); an installer for themselves.
  const onBehalf = manager;
  const options = { onBehalf, mayOverride: manager };

  // Lines still without a date and place take the trip's first day and destination once the trip is known.
  useEffect(() => {
    if (!trip) return;
    setForm((current) => ({
      ...current,
      receipts: current.receipts.map((line) =>
        line.date || line.place ? line : { ...line, date: trip.firstDay, place: trip.destination },
      ),
    }));
  }, [trip]);

  function message(path: string): string | undefined {
    const problem = problems[path];
    if (problem === "required") return t("validation.required");
    if (problem) return t(`expenses.problems.${problem}`);
    return server[path];
  }

  function updateLine(index: number, change: Partial<ReceiptLine>) {
    setForm((current) => ({
      ...current,
      receipts: current.receipts.map((line, i) => (i === index ? { ...line, ...change } : line)),
    }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateClaim(form, { onBehalf });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    submit.mutate(
      { body: toSubmitClaim(form, options), idempotencyKey },
      {
        onSuccess: (claim) => onSubmitted(claim),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  const refused = isProblemType(submit.error, "receipts-do-not-match-trip");

  return (
    <form ref={formRef} className="panel" onSubmit={onSubmit} noValidate aria-label={t("expenses.submit.title")}>
      <div className="field-grid">
        <Field label={t("expenses.fields.trip")} error={message("tripId")}>
          {(props) => (
            <select
              {...props}
              name="tripId"
              className="input input--wide"
              value={form.tripId}
              onChange={(event) => {
                const chosen = trips.data?.find((candidate) => candidate.id === event.target.value);
                setForm((current) => ({
                  tripId: event.target.value,
                  personId: "",
                  // Lines not yet filled take the new trip's first day and destination.
                  receipts: current.receipts.map((line) =>
                    line.amount || line.receiptNumber ? line : { ...emptyReceipt(chosen), category: line.category },
                  ),
                }));
              }}
            >
              <option value="">{t("expenses.submit.chooseTrip")}</option>
              {(trips.data ?? []).map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {t("expenses.submit.tripOption", {
                    number: candidate.number,
                    destination: candidate.destination,
                    from: candidate.firstDay,
                    to: candidate.lastDay,
                  })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {manager && (
          <Field label={t("expenses.fields.person")} error={message("personId")} hint={t("expenses.submit.personHint")}>
            {(props) => (
              <select
                {...props}
                name="personId"
                className="input"
                value={form.personId}
                onChange={(event) => setForm((current) => ({ ...current, personId: event.target.value }))}
              >
                <option value="">{t("expenses.submit.choosePerson")}</option>
                {(trip?.personIds ?? []).map((id) => (
                  <option key={id} value={id}>
                    {id === me.userId ? me.displayName : nameIn(installers.data, id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {trip && <p className="field__hint">{t("expenses.submit.rule", { destination: trip.destination, from: trip.firstDay, to: trip.lastDay })}</p>}
      <ProblemAlert error={trips.error} />
      {form.receipts.map((line, index) => {
        const lineServer = receiptErrors(server, index);
        const at = (field: Parameters<typeof receiptPath>[1]) => problemsAt(receiptPath(index, field)) ?? lineServer[field];
        function problemsAt(path: string) {
          const problem = problems[path];
          if (problem === "required") return t("validation.required");
          return problem ? t(`expenses.problems.${problem}`) : undefined;
        }
        return (
          <fieldset key={index} className="panel panel--inner" aria-label={t("expenses.submit.receipt", { number: index + 1 })}>
            <legend className="panel__subtitle">{t("expenses.submit.receipt", { number: index + 1 })}</legend>
            <div className="field-grid">
              <Field label={t("expenses.fields.category")} error={at("category")}>
                {(props) => (
                  <select
                    {...props}
                    name={receiptPath(index, "category")}
                    className="input"
                    value={line.category}
                    onChange={(event) => updateLine(index, { category: event.target.value as ExpenseCategory | "" })}
                  >
                    <option value="">{t("expenses.submit.chooseCategory")}</option>
                    {EXPENSE_CATEGORIES.map((category) => (
                      <option key={category} value={category}>
                        {t(`expenses.category.${category}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <TextField
                label={t("expenses.fields.amount")}
                name={receiptPath(index, "amount")}
                inputMode="decimal"
                value={line.amount}
                error={at("amount")}
                onChange={(amount) => updateLine(index, { amount })}
              />
              <TextField
                label={t("expenses.fields.date")}
                name={receiptPath(index, "date")}
                type="date"
                value={line.date}
                error={at("date")}
                onChange={(date) => updateLine(index, { date })}
              />
              <TextField
                label={t("expenses.fields.place")}
                name={receiptPath(index, "place")}
                value={line.place}
                error={at("place")}
                onChange={(place) => updateLine(index, { place })}
              />
              <TextField
                label={t("expenses.fields.receiptNumber")}
                name={receiptPath(index, "receiptNumber")}
                value={line.receiptNumber}
                error={at("receiptNumber")}
                onChange={(receiptNumber) => updateLine(index, { receiptNumber })}
              />
              <TextField
                label={t("expenses.fields.receiptAttachmentId")}
                name={receiptPath(index, "receiptAttachmentId")}
                inputClassName="mono"
                hint={t("expenses.submit.attachmentHint")}
                value={line.receiptAttachmentId}
                error={at("receiptAttachmentId")}
                onChange={(receiptAttachmentId) => updateLine(index, { receiptAttachmentId })}
              />
            </div>
            {manager && (
              <>
                <CheckboxField
                  name={receiptPath(index, "override")}
                  label={t("expenses.submit.override")}
                  checked={line.override}
                  error={at("override")}
                  onChange={(override) => updateLine(index, { override })}
                />
                {line.override && (
                  <TextField
                    label={t("expenses.fields.overrideReason")}
                    name={receiptPath(index, "override.reason")}
                    className="field--block"
                    inputClassName="input--full"
                    value={line.overrideReason}
                    error={at("override.reason")}
                    onChange={(overrideReason) => updateLine(index, { overrideReason })}
                  />
                )}
              </>
            )}
            {form.receipts.length > 1 && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setForm((current) => ({ ...current, receipts: current.receipts.filter((_, i) => i !== index) }))}
              >
                {t("expenses.submit.removeReceipt", { number: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      <div className="action-bar">
        <button
          type="button"
          className="button"
          disabled={form.receipts.length >= 100}
          onClick={() => setForm((current) => ({ ...current, receipts: [...current.receipts, emptyReceipt(trip)] }))}
        >
          {t("expenses.submit.addReceipt")}
        </button>
      </div>
      {refused && (
        <div className="alert alert--error" role="alert">
          <p className="alert__headline">{t("expenses.submit.refused")}</p>
          <p>{t("expenses.submit.refusedHint")}</p>
        </div>
      )}
      {!refused && <ProblemAlert error={submit.error} displayedFields={displayedPaths(form)} />}
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t("common.saving") : t("expenses.submit.submit")}
        </button>
      </div>
    </form>
  );
}
