import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { SignaturePad } from "@/components/SignaturePad";
import { readableFieldErrors } from "@/lib/api/problem-text";
import { focusFirstInvalid } from "@/lib/validation";
import { useBookingAction } from "../api/booking";
import {
  RATING_ASPECTS,
  RATING_VALUES,
  emptyBookingSignOff,
  toBookingSignOffRequest,
  validateBookingSignOff,
  type BookingSignOffForm as SignOffState,
  type BookingSignOffProblem,
} from "../model/sign-off-form";
import { BookingActionProblem } from "./BookingActionProblem";

const FIELDS = new Set([
  "signaturePng",
  "ratings",
  "ratings.attitude",
  "ratings.timeliness",
  "ratings.quality",
  "suggestions",
  "refusalReason",
]);

/** The customer checks the installer's report, signs with a finger and rates the service, or refuses to sign. */
export function BookingSignOffForm({ trackingCode }: { trackingCode: string }) {
  const { t, i18n } = useTranslation();
  const mutation = useBookingAction(trackingCode);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<SignOffState>(emptyBookingSignOff);
  const [problems, setProblems] = useState<Record<string, BookingSignOffProblem>>({});
  // The server answers in the page's language; a message it could not translate is replaced, never shown in English.
  const server = readableFieldErrors(mutation.error, i18n);

  function message(path: string): string | undefined {
    const problem = problems[path];
    return problem ? t(`booking.signOff.problems.${problem}`) : server[path];
  }

  function update(change: Partial<SignOffState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateBookingSignOff(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    mutation.mutate({ action: "signOff", body: toBookingSignOffRequest(form) });
  }

  return (
    <form ref={formRef} className="action" onSubmit={submit} noValidate aria-label={t("booking.signOff.title")}>
      <fieldset className="inline-group">
        <legend className="visually-hidden">{t("booking.signOff.outcome")}</legend>
        <div className="segmented">
          <label className={form.refused ? "segmented__option" : "segmented__option segmented__option--on"}>
            <input type="radio" name="refused" checked={!form.refused} onChange={() => update({ refused: false })} />
            {t("booking.signOff.signs")}
          </label>
          <label className={form.refused ? "segmented__option segmented__option--on" : "segmented__option"}>
            <input type="radio" name="refused" checked={form.refused} onChange={() => update({ refused: true })} />
            {t("booking.signOff.refuses")}
          </label>
        </div>
      </fieldset>

      {form.refused ? (
        <Field label={t("booking.signOff.refusalReason")} error={message("refusalReason")}>
          {(props) => (
            <textarea
              {...props}
              name="refusalReason"
              className="input input--text"
              rows={3}
              maxLength={1000}
              value={form.refusalReason}
              onChange={(event) => update({ refusalReason: event.target.value }, "refusalReason")}
            />
          )}
        </Field>
      ) : (
        <>
          <div className="field">
            <span className="field__label">{t("booking.signOff.signature")}</span>
            <SignaturePad
              label={t("booking.signOff.signature")}
              error={message("signaturePng")}
              onChange={(signature) => update({ signature }, "signaturePng")}
            />
          </div>
          {message("ratings") && <p className="field__error">{message("ratings")}</p>}
          {RATING_ASPECTS.map((aspect) => {
            const path = `ratings.${aspect}`;
            const error = message(path);
            return (
              <fieldset key={aspect} className="inline-group rating" aria-describedby={error ? `${path}-error` : undefined}>
                <legend className="field__label">{t(`booking.signOff.ratings.${aspect}`)}</legend>
                <div className="rating__scale">
                  {RATING_VALUES.map((value) => (
                    <label
                      key={value}
                      className={form.ratings[aspect] === value ? "rating__option rating__option--on" : "rating__option"}
                    >
                      <input
                        type="radio"
                        name={path}
                        value={value}
                        aria-label={t("booking.signOff.ratingValue", { value })}
                        checked={form.ratings[aspect] === value}
                        onChange={() => update({ ratings: { ...form.ratings, [aspect]: value } }, path)}
                      />
                      <span aria-hidden="true">{value}</span>
                    </label>
                  ))}
                </div>
                {error && (
                  <p id={`${path}-error`} className="field__error">
                    {error}
                  </p>
                )}
              </fieldset>
            );
          })}
          <Field label={t("booking.signOff.suggestions")} error={message("suggestions")}>
            {(props) => (
              <textarea
                {...props}
                name="suggestions"
                className="input input--text"
                rows={2}
                maxLength={2000}
                value={form.suggestions}
                onChange={(event) => update({ suggestions: event.target.value }, "suggestions")}
              />
            )}
          </Field>
        </>
      )}
      <BookingActionProblem error={mutation.error} displayedFields={FIELDS} />
      <button type="submit" className="button button--primary button--large" disabled={mutation.isPending}>
        {mutation.isPending
          ? t("common.saving")
          : form.refused
            ? t("booking.signOff.submitRefusal")
            : t("booking.signOff.submit")}
      </button>
    </form>
  );
}
