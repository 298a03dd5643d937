import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { SegmentedField } from "@/components/SegmentedField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import { useRecordAttempt, useReloadFollowUp, type FollowUp } from "../api/follow-ups";
import {
  QUESTIONS,
  SCORES,
  emptyAttemptForm,
  toRecordAttempt,
  validateAttempt,
  type AttemptForm as AttemptFormState,
  type AttemptProblem,
} from "../model/attempt-form";
import { FollowUpProblem } from "./FollowUpProblem";

const FIELDS = new Set(["reached", "answers", ...QUESTIONS.map((question) => `answers.${question}`), "suggestions", "note"]);
const SCORE_OPTIONS = SCORES.map((score) => ({ value: String(score), label: String(score) }));
type Reached = "yes" | "no";

/** The outcome of one call: reached with the three answers and suggestions, or not reached; a note either way. */
export function AttemptForm({ followUp, onRecorded }: { followUp: FollowUp; onRecorded: (saved: FollowUp) => void }) {
  const { t } = useTranslation();
  const mutation = useRecordAttempt(followUp.id);
  const reloadFollowUp = useReloadFollowUp(followUp.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<AttemptFormState>(emptyAttemptForm);
  const [problems, setProblems] = useState<Record<string, AttemptProblem>>({});
  const server = fieldErrorsOf(mutation.error);

  function message(path: string): string | undefined {
    const problem = problems[path];
    return problem ? t(`followUps.attempt.problems.${problem}`) : server[path];
  }

  function update(change: Partial<AttemptFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAttempt(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    mutation.mutate(toRecordAttempt(form, followUp.version), { onSuccess: (saved) => onRecorded(saved) });
  }

  const reached: Reached | "" = form.reached === null ? "" : form.reached ? "yes" : "no";
  return (
    <form ref={formRef} className="panel action" onSubmit={submit} noValidate aria-label={t("followUps.attempt.title")}>
      <h2 className="panel__title">{t("followUps.attempt.title")}</h2>
      <SegmentedField<Reached>
        legend={t("followUps.attempt.reached")}
        name="reached"
        options={[
          { value: "yes", label: t("followUps.attempt.reachedYes") },
          { value: "no", label: t("followUps.attempt.reachedNo") },
        ]}
        value={reached}
        error={message("reached")}
        onChange={(value) => update({ reached: value === "yes" }, "reached")}
      />
      {form.reached && (
        <>
          {message("answers") && <p className="field__error">{message("answers")}</p>}
          <div className="answers">
            {QUESTIONS.map((question) => {
              const path = `answers.${question}`;
              const value = form.answers[question];
              return (
                <SegmentedField
                  key={question}
                  legend={t(`followUps.questions.${question}`)}
                  name={path}
                  options={SCORE_OPTIONS}
                  value={value === null ? "" : String(value)}
                  error={message(path)}
                  onChange={(score) => update({ answers: { ...form.answers, [question]: Number(score) } }, path)}
                />
              );
            })}
          </div>
          <p className="field__hint">{t("followUps.script.scale")}</p>
          <Field label={t("followUps.attempt.suggestions")} error={message("suggestions")} className="field--block">
            {(props) => (
              <textarea
                {...props}
                name="suggestions"
                className="input input--text input--full"
                rows={2}
                value={form.suggestions}
                onChange={(event) => update({ suggestions: event.target.value }, "suggestions")}
              />
            )}
          </Field>
        </>
      )}
      <Field label={t("followUps.attempt.note")} error={message("note")} className="field--block">
        {(props) => (
          <textarea
            {...props}
            name="note"
            className="input input--text input--full"
            rows={2}
            placeholder={form.reached === false ? t("followUps.attempt.notePlaceholderNotReached") : undefined}
            value={form.note}
            onChange={(event) => update({ note: event.target.value }, "note")}
          />
        )}
      </Field>
      <FollowUpProblem
        error={mutation.error}
        displayedFields={FIELDS}
        onReload={() => {
          mutation.reset();
          void reloadFollowUp();
        }}
      />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending
          ? t("common.saving")
          : form.reached === false
            ? t("followUps.attempt.submitNotReached")
            : t("followUps.attempt.submit")}
      </button>
    </form>
  );
}
