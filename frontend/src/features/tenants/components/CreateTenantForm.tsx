import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid, type ValidationKey } from "@/lib/validation";
import { useCreateTenant, type Tenant } from "../api/tenants";
import {
  LOCALES,
  emptyTenantForm,
  knownTimeZones,
  toCreateTenantRequest,
  validateTenantForm,
  type NewTenantForm,
} from "../model/tenant-form";

type TenantField = Exclude<keyof NewTenantForm, "manager">;
type ManagerField = keyof NewTenantForm["manager"];

const FIELDS = new Set([
  "slug",
  "loginPrefix",
  "name",
  "timeZone",
  "locale",
  "currency",
  "manager.username",
  "manager.email",
  "manager.firstName",
  "manager.lastName",
  "manager.password",
]);

export function CreateTenantForm({ onCreated }: { onCreated: (tenant: Tenant) => void }) {
  const { t } = useTranslation();
  const create = useCreateTenant();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<NewTenantForm>(emptyTenantForm);
  const [problems, setProblems] = useState<Record<string, ValidationKey>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [timeZones] = useState(knownTimeZones);
  const serverErrors = fieldErrorsOf(create.error);

  function clear(path: string) {
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }
  function setTenant<K extends TenantField>(name: K, value: NewTenantForm[K]) {
    setForm((current) => ({ ...current, [name]: value }));
    clear(name);
  }
  function setManager<K extends ManagerField>(name: K, value: NewTenantForm["manager"][K]) {
    setForm((current) => ({ ...current, manager: { ...current.manager, [name]: value } }));
    clear(`manager.${name}`);
  }
  function messageFor(path: string): string | undefined {
    const problem = problems[path];
    return problem ? t(`validation.${problem}`) : serverErrors[path];
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateTenantForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateTenantRequest(form), idempotencyKey },
      {
        onSuccess: (tenant) => {
          setForm(emptyTenantForm());
          setIdempotencyKey(newIdempotencyKey());
          onCreated(tenant);
        },
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  const text = (path: string, value: string, onChange: (v: string) => void, type = "text", autoComplete = "off") => (
    <Field label={t(`tenants.fields.${path}` as "tenants.fields.slug")} error={messageFor(path)}>
      {(props) => (
        <input
          {...props}
          name={path}
          type={type}
          className="input"
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="create-tenant-title">
      <h2 id="create-tenant-title" className="panel__title">
        {t("tenants.create.title")}
      </h2>
      <div className="field-grid">
        <Field label={t("tenants.fields.slug")} error={messageFor("slug")} hint={t("tenants.create.slugHint")}>
          {(props) => (
            <input
              {...props}
              name="slug"
              className="input"
              autoComplete="off"
              value={form.slug}
              onChange={(e) => setTenant("slug", e.target.value.toLowerCase())}
            />
          )}
        </Field>
        <Field
          label={t("tenants.fields.loginPrefix")}
          error={messageFor("loginPrefix")}
          hint={t("tenants.create.loginPrefixHint")}
        >
          {(props) => (
            <input
              {...props}
              name="loginPrefix"
              className="input"
              autoComplete="off"
              placeholder={form.slug}
              value={form.loginPrefix}
              onChange={(e) => setTenant("loginPrefix", e.target.value.toLowerCase())}
            />
          )}
        </Field>
        {text("name", form.name, (v) => setTenant("name", v))}
        <Field label={t("tenants.fields.timeZone")} error={messageFor("timeZone")}>
          {(props) => (
            <>
              <input
                {...props}
                name="timeZone"
                className="input"
                list="tenant-time-zones"
                autoComplete="off"
                value={form.timeZone}
                onChange={(e) => setTenant("timeZone", e.target.value)}
              />
              <datalist id="tenant-time-zones">
                {timeZones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t("tenants.fields.locale")} error={messageFor("locale")}>
          {(props) => (
            <select
              {...props}
              name="locale"
              className="input"
              value={form.locale}
              onChange={(e) => setTenant("locale", e.target.value as NewTenantForm["locale"])}
            >
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {t(`language.${locale}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("currency", form.currency, (v) => setTenant("currency", v.toUpperCase()))}
      </div>

      <fieldset className="inline-group">
        <legend className="panel__subtitle">{t("tenants.create.managerTitle")}</legend>
        <div className="field-grid">
          {text("manager.username", form.manager.username, (v) => setManager("username", v))}
          {text("manager.email", form.manager.email, (v) => setManager("email", v), "email")}
          {text("manager.lastName", form.manager.lastName, (v) => setManager("lastName", v))}
          {text("manager.firstName", form.manager.firstName, (v) => setManager("firstName", v))}
          {text("manager.password", form.manager.password, (v) => setManager("password", v), "password", "new-password")}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            name="manager.temporaryPassword"
            checked={form.manager.temporaryPassword}
            onChange={(e) => setManager("temporaryPassword", e.target.checked)}
          />
          {t("tenants.fields.manager.temporaryPassword")}
        </label>
      </fieldset>

      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.creating") : t("tenants.create.submit")}
        </button>
      </div>
    </form>
  );
}
