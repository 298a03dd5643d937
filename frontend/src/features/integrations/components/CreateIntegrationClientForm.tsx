import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid, type ValidationKey } from "@/lib/validation";
import { useCreateIntegrationClient, type NewIntegrationClient } from "../api/integration-clients";
import {
  NAME_MAX_LENGTH,
  emptyIntegrationClientForm,
  toCreateIntegrationClientRequest,
  validateIntegrationClientForm,
  type NewIntegrationClientForm,
} from "../model/integration-form";

const FIELDS = new Set(["name"]);

export function CreateIntegrationClientForm({ onCreated }: { onCreated: (created: NewIntegrationClient) => void }) {
  const { t } = useTranslation();
  const create = useCreateIntegrationClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<NewIntegrationClientForm>(emptyIntegrationClientForm);
  const [problems, setProblems] = useState<Partial<Record<keyof NewIntegrationClientForm, ValidationKey>>>({});
  // One key per intended creation: a retry after a network error must not create a second client.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const serverErrors = fieldErrorsOf(create.error);
  const nameProblem = problems.name;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateIntegrationClientForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateIntegrationClientRequest(form), idempotencyKey },
      {
        onSuccess: (created) => {
          setForm(emptyIntegrationClientForm());
          setIdempotencyKey(newIdempotencyKey());
          onCreated(created);
        },
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="create-integration-title">
      <h2 id="create-integration-title" className="panel__title">
        {t("integrations.create.title")}
      </h2>
      <p className="panel__description">{t("integrations.create.description")}</p>
      <Field
        label={t("integrations.fields.name")}
        error={nameProblem ? t(`validation.${nameProblem}`) : serverErrors.name}
        hint={t("integrations.create.nameHint")}
      >
        {(props) => (
          <input
            {...props}
            name="name"
            className="input input--wide"
            autoComplete="off"
            maxLength={NAME_MAX_LENGTH}
            value={form.name}
            onChange={(e) => {
              setForm({ name: e.target.value });
              setProblems({});
            }}
          />
        )}
      </Field>
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.creating") : t("integrations.create.submit")}
        </button>
      </div>
    </form>
  );
}
