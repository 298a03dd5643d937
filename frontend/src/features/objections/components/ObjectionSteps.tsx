import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { TextField } from "@/components/TextField";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useObjectionStep, useReloadObjection, type CustomerInformedVia, type Objection } from "../api/objections";
import {
  INFORMED_VIA,
  emptyResolutionForm,
  nextSteps,
  toCommitment,
  toResolution,
  validateCommitment,
  validateResolution,
  type ObjectionProblem as Problem,
  type ResolutionForm as ResolutionFormState,
} from "../model/objection-form";
import { ObjectionProblem } from "./ObjectionProblem";

type Step = "commitment" | "resolution";

function useStep(objection: Objection) {
  const mutation = useObjectionStep(objection.id);
  const reloadObjection = useReloadObjection(objection.id);
  return {
    mutation,
    reload: () => {
      mutation.reset();
      void reloadObjection();
    },
  };
}

/** The service commitment owed to the customer: what will be done, by when; it keeps the deadline. */
export function CommitmentForm({ objection, onDone }: { objection: Objection; onDone: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useStep(objection);
  const [commitment, setCommitment] = useState("");
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCommitment(commitment);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ step: "commitment", body: toCommitment(commitment, objection.version) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("objections.steps.commitment.title")}>
      <TextField
        label={t("objections.fields.commitment")}
        name="commitment"
        rows={3}
        autoFocus
        className="field--block"
        inputClassName="input--full"
        hint={t("objections.steps.commitment.hint")}
        value={commitment}
        error={problems.commitment ? t("validation.required") : server.commitment}
        onChange={(value) => {
          setCommitment(value);
          setProblems({});
        }}
      />
      <ObjectionProblem error={mutation.error} displayedFields={new Set(["commitment"])} onReload={reload} />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("objections.steps.commitment.submit")}
      </button>
    </form>
  );
}

/** Done: what was done about it, and how the customer was told. */
export function ResolutionForm({ objection, onDone }: { objection: Objection; onDone: () => void }) {
  const { t } = useTranslation();
  const { mutation, reload } = useStep(objection);
  const [form, setForm] = useState<ResolutionFormState>(emptyResolutionForm);
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const server = fieldErrorsOf(mutation.error);

  function update(change: Partial<ResolutionFormState>, path: string) {
    setForm((current) => ({ ...current, ...change }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateResolution(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ step: "resolution", body: toResolution(form, objection.version) }, { onSuccess: onDone });
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t("objections.steps.resolution.title")}>
      <TextField
        label={t("objections.fields.resolution")}
        name="resolution"
        rows={3}
        autoFocus
        className="field--block"
        inputClassName="input--full"
        value={form.resolution}
        error={problems.resolution ? t("validation.required") : server.resolution}
        onChange={(resolution) => update({ resolution }, "resolution")}
      />
      <Field
        label={t("objections.fields.customerInformedVia")}
        error={problems.customerInformedVia ? t("validation.required") : server.customerInformedVia}
      >
        {(props) => (
          <select
            {...props}
            name="customerInformedVia"
            className="input"
            value={form.customerInformedVia}
            onChange={(event) =>
              update({ customerInformedVia: event.target.value as CustomerInformedVia | "" }, "customerInformedVia")
            }
          >
            <option value="">{t("objections.steps.resolution.chooseVia")}</option>
            {INFORMED_VIA.map((via) => (
              <option key={via} value={via}>
                {t(`objections.via.${via}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ObjectionProblem
        error={mutation.error}
        displayedFields={new Set(["resolution", "customerInformedVia"])}
        onReload={reload}
      />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("objections.steps.resolution.submit")}
      </button>
    </form>
  );
}

/** The steps the objection still allows, each opening its form. */
export function ObjectionSteps({ objection }: { objection: Objection }) {
  const { t } = useTranslation();
  const steps = nextSteps(objection);
  // Give the commitment first: it is what the deadline asks for.
  const [open, setOpen] = useState<Step | null>(steps[0] ?? null);
  const shown = open && steps.includes(open) ? open : null;
  if (steps.length === 0) return null;
  return (
    <section className="panel" aria-label={t("objections.detail.steps")}>
      <div className="action-bar">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={shown === step ? "button button--primary" : "button"}
            aria-expanded={shown === step}
            onClick={() => setOpen(shown === step ? null : step)}
          >
            {t(`objections.steps.${step}.open`)}
          </button>
        ))}
      </div>
      {shown === "commitment" && <CommitmentForm objection={objection} onDone={() => setOpen(null)} />}
      {shown === "resolution" && <ResolutionForm objection={objection} onDone={() => setOpen(null)} />}
    </section>
  );
}
