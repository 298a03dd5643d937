import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SaveBar } from "@/components/SaveBar";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { personName } from "@/lib/format";
import {
  SERVICE_POINT_KINDS,
  useCreateServicePoint,
  useManagers,
  useUpdateServicePoint,
  type ServicePoint,
} from "../api/service-points";
import {
  emptyServicePointForm,
  servicePointFormOf,
  toCreateServicePointRequest,
  toUpdateServicePointRequest,
  validateServicePointForm,
  type ServicePointForm as ServicePointFormState,
  type ServicePointProblem,
} from "../model/service-point-form";

const FIELDS = new Set(["kind", "name", "address", "phone", "managerId"]);

interface ServicePointFormProps {
  point?: ServicePoint;
  onSaved: () => void;
  onReload?: () => void;
}

export function ServicePointForm({ point, onSaved, onReload }: ServicePointFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateServicePoint();
  const update = useUpdateServicePoint(point?.id ?? "");
  const managers = useManagers(true);
  const mutation = point ? update : create;
  const [form, setForm] = useState<ServicePointFormState>(() => (point ? servicePointFormOf(point) : emptyServicePointForm()));
  const [problems, setProblems] = useState<Record<string, ServicePointProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(mutation.error);
  const title = point ? t("servicePoints.edit.title", { name: point.name }) : t("servicePoints.create.title");
  const message = (path: string) => (problems[path] ? t(`validation.${problems[path]}`) : server[path]);

  function change(next: Partial<ServicePointFormState>, path: string) {
    setForm((current) => ({ ...current, ...next }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateServicePointForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (point) {
      update.mutate(toUpdateServicePointRequest(form, point.version), { onSuccess: () => onSaved() });
    } else {
      create.mutate(
        { body: toCreateServicePointRequest(form), idempotencyKey },
        {
          onSuccess: () => onSaved(),
          onError: (error) => {
            if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
          },
        },
      );
    }
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={title}>
      <h2 className="panel__title">{title}</h2>
      <div className="field-grid">
        <Field label={t("servicePoints.fields.kind")} error={message("kind")}>
          {(props) => (
            <select
              {...props}
              name="kind"
              className="input"
              value={form.kind}
              onChange={(e) => change({ kind: e.target.value as ServicePointFormState["kind"] }, "kind")}
            >
              {SERVICE_POINT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`servicePoints.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t("servicePoints.fields.name")} name="name" inputClassName="input--wide" value={form.name} error={message("name")} onChange={(name) => change({ name }, "name")} />
        <TextField label={t("servicePoints.fields.phone")} name="phone" type="tel" value={form.phone} error={message("phone")} onChange={(phone) => change({ phone }, "phone")} />
        <Field label={t("servicePoints.fields.manager")} error={message("managerId")}>
          {(props) => (
            <select
              {...props}
              name="managerId"
              className="input"
              value={form.managerId}
              onChange={(e) => change({ managerId: e.target.value }, "managerId")}
            >
              <option value="">{t("servicePoints.noManager")}</option>
              {(managers.data ?? []).map((user) => (
                <option key={user.id} value={user.id}>
                  {personName(user.firstName, user.lastName, i18n.language) || user.username}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextField
        label={t("servicePoints.fields.address")}
        name="address"
        className="field--block"
        inputClassName="input--full"
        value={form.address}
        error={message("address")}
        onChange={(address) => change({ address }, "address")}
      />
      {point ? (
        <SaveBar
          saving={update.isPending}
          saved={false}
          error={update.error}
          displayedFields={FIELDS}
          version={point.version}
          onReload={() => {
            update.reset();
            onReload?.();
          }}
        />
      ) : (
        <>
          <ProblemAlert error={create.error} displayedFields={FIELDS} />
          <div className="form-footer__bar">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              {create.isPending ? t("common.creating") : t("servicePoints.create.submit")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
