import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useCurrentUser } from "@/lib/current-user";
import { useComplaintStep, useReloadComplaint, type Complaint } from "../api/complaints";
import {
  emptyStepForm,
  nextSteps,
  toClosing,
  toStep,
  validateClosing,
  validateStep,
  type ClosingForm as ClosingFormState,
  type ComplaintProblem as Problem,
  type ComplaintStep,
  type StepForm as StepFormState,
} from "../model/complaint-form";
import { ComplaintProblem } from "./ComplaintProblem";

function useStep(complaint: Complaint) {
  const mutation = useComplaintStep(complaint.id);
  const reloadComplaint = useReloadComplaint(complaint.id);
  return {
    mutation,
    reload: () => {
      mutation.reset();
      void reloadComplaint();
    },
  };
}

/** Start investigating, verify or reject: a note (a rejection must say why) and the customer's answer when given now. */
function DecisionForm({
  complaint,
  step,
  onDone,
}: {
  complaint: Complaint;
  step: Exclude<ComplaintStep, "closing">;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { mutation, reload } = useStep(complaint);
  const [form, setForm] = useState<StepFormState>(emptyStepForm);
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateStep(step, form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ step, body: toStep(form, complaint.version) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t(`complaints.steps.${step}.title`)}>
      {step === "verification" && <p className="action__hint">{t("complaints.steps.verification.hint")}</p>}
      <TextField
        label={t(step === "rejection" ? "complaints.fields.rejectionNote" : "complaints.fields.note")}
        name="note"
        rows={3}
        autoFocus
        className="field--block"
        inputClassName="input--full"
        value={form.note}
        error={problems.note ? t("validation.required") : server.note}
        onChange={(note) => {
          setForm((current) => ({ ...current, note }));
          setProblems({});
        }}
      />
      {!complaint.customerAnswer && (
        <TextField
          label={t("complaints.fields.customerAnswerNow")}
          name="customerAnswer"
          rows={2}
          className="field--block"
          inputClassName="input--full"
          hint={t("complaints.steps.answerHint")}
          value={form.customerAnswer}
          error={server.customerAnswer}
          onChange={(customerAnswer) => setForm((current) => ({ ...current, customerAnswer }))}
        />
      )}
      <ComplaintProblem error={mutation.error} displayedFields={new Set(["note", "customerAnswer"])} onReload={reload} />
      <button
        type="submit"
        className={step === "rejection" ? "button button--danger" : "button button--primary"}
        disabled={mutation.isPending}
      >
        {mutation.isPending ? t("common.saving") : t(`complaints.steps.${step}.submit`)}
      </button>
    </form>
  );
}

/** Closing: the remedial action taken, and the answer to the customer unless it was given before. */
function ClosingForm({ complaint, onDone }: { complaint: Complaint; onDone: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useStep(complaint);
  const [form, setForm] = useState<ClosingFormState>({ remedialAction: "", customerAnswer: "" });
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const server = fieldErrorsOf(mutation.error);

  function update(change: Partial<ClosingFormState>, path: string) {
    setForm((current) => ({ ...current, ...change }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateClosing(form, complaint);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ step: "closing", body: toClosing(form, complaint.version) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("complaints.steps.closing.title")}>
      <TextField
        label={t("complaints.fields.remedialAction")}
        name="remedialAction"
        rows={3}
        autoFocus
        className="field--block"
        inputClassName="input--full"
        value={form.remedialAction}
        error={problems.remedialAction ? t("validation.required") : server.remedialAction}
        onChange={(remedialAction) => update({ remedialAction }, "remedialAction")}
      />
      {!complaint.customerAnswer && (
        <TextField
          label={t("complaints.fields.customerAnswer")}
          name="customerAnswer"
          rows={2}
          className="field--block"
          inputClassName="input--full"
          value={form.customerAnswer}
          error={problems.customerAnswer ? t("validation.required") : server.customerAnswer}
          onChange={(customerAnswer) => update({ customerAnswer }, "customerAnswer")}
        />
      )}
      <ComplaintProblem error={mutation.error} displayedFields={new Set(["remedialAction", "customerAnswer"])} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("complaints.steps.closing.submit")}
      </button>
    </form>
  );
}

/** The steps the complaint still allows the person, each opening its form. */
export function ComplaintSteps({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const steps = nextSteps(complaint, me.roles.includes("manager"));
  const [open, setOpen] = useState<ComplaintStep | null>(null);
  const shown = open && steps.includes(open) ? open : null;
  if (steps.length === 0) return null;
  return (
    <section className="panel" aria-label={t("complaints.detail.steps")}>
      <div className="action-bar">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={shown === step ? "button button--primary" : "button"}
            aria-expanded={shown === step}
            onClick={() => setOpen(shown === step ? null : step)}
          >
            {t(`complaints.steps.${step}.open`)}
          </button>
        ))}
      </div>
      {shown === "closing" && <ClosingForm complaint={complaint} onDone={() => setOpen(null)} />}
      {shown && shown !== "closing" && <DecisionForm key={shown} complaint={complaint} step={shown} onDone={() => setOpen(null)} />}
    </section>
  );
}
