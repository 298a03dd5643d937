import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { fieldErrorsOf } from "@/lib/api/problem";
import { isBlank } from "@/lib/validation";
import { useReloadServiceRequest, useServiceRequestOutcome, type ServiceRequest } from "../api/service-requests";
import { OutcomeProblem } from "./OutcomeProblem";

type TextOutcome = "resolveByPhone" | "dismiss";

/** The field each outcome's body names its text with, where the server reports its problem too. */
const FIELD: Record<TextOutcome, "resolution" | "reason"> = { resolveByPhone: "resolution", dismiss: "reason" };

/** Resolving a request on the phone (what the customer was told) or dismissing it (why): one text each. */
export function TextOutcomeForm({ request, outcome }: { request: ServiceRequest; outcome: TextOutcome }) {
  const { t } = useTranslation();
  const mutation = useServiceRequestOutcome(request.id);
  const reloadRequest = useReloadServiceRequest(request.id);
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const field = FIELD[outcome];
  const server = fieldErrorsOf(mutation.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (isBlank(text)) {
      setMissing(true);
      return;
    }
    const value = text.trim();
    mutation.mutate(
      outcome === "resolveByPhone"
        ? { outcome, body: { version: request.version, resolution: value } }
        : { outcome, body: { version: request.version, reason: value } },
    );
  }

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={t(`serviceRequests.outcomes.${outcome}.title`)}>
      <Field
        label={t(`serviceRequests.outcomes.${outcome}.text`)}
        error={missing ? t("validation.required") : server[field]}
        className="field--block"
      >
        {(props) => (
          <textarea
            {...props}
            name={field}
            className="input input--text input--full"
            rows={3}
            autoFocus
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <OutcomeProblem
        error={mutation.error}
        displayedFields={new Set([field])}
        onReload={() => {
          mutation.reset();
          void reloadRequest();
        }}
      />
      <button
        type="submit"
        className={outcome === "dismiss" ? "button button--danger" : "button button--primary"}
        disabled={mutation.isPending}
      >
        {mutation.isPending ? t("common.saving") : t(`serviceRequests.outcomes.${outcome}.submit`)}
      </button>
    </form>
  );
}
