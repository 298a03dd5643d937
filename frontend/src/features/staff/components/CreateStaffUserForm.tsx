import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid, type ValidationKey } from "@/lib/validation";
import { STAFF_ROLES, useCreateStaffUser, type StaffUser } from "../api/users";
import {
  emptyStaffUserForm,
  toCreateStaffUserRequest,
  validateStaffUserForm,
  type NewStaffUserForm,
} from "../model/staff-form";

const FIELDS = new Set(["username", "email", "firstName", "lastName", "roles", "password", "temporaryPassword"]);

/** `loginPrefix`: the tenant's prefix, shown fixed before the username (the API puts every login under it). */
export function CreateStaffUserForm({
  loginPrefix,
  onCreated,
}: {
  loginPrefix: string | undefined;
  onCreated: (user: StaffUser) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateStaffUser();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<NewStaffUserForm>(emptyStaffUserForm);
  const [problems, setProblems] = useState<Partial<Record<keyof NewStaffUserForm, ValidationKey>>>({});
  // One key per intended creation: a retry after a network error must not create the user twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const serverErrors = fieldErrorsOf(create.error);

  function set<K extends keyof NewStaffUserForm>(name: K, value: NewStaffUserForm[K]) {
    setForm((current) => ({ ...current, [name]: value }));
    setProblems(({ [name]: _cleared, ...rest }) => rest);
  }

  function messageFor(name: keyof NewStaffUserForm): string | undefined {
    const problem = problems[name];
    return problem ? t(`validation.${problem}`) : serverErrors[name];
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateStaffUserForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateStaffUserRequest(form), idempotencyKey },
      {
        onSuccess: (user) => {
          setForm(emptyStaffUserForm());
          setIdempotencyKey(newIdempotencyKey());
          onCreated(user);
        },
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  const rolesError = messageFor("roles");

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="create-staff-title">
      <h2 id="create-staff-title" className="panel__title">
        {t("staff.create.title")}
      </h2>
      <div className="field-grid">
        <Field
          label={t("staff.fields.username")}
          error={messageFor("username")}
          hint={loginPrefix ? t("staff.create.usernameHint", { prefix: loginPrefix }) : undefined}
        >
          {(props) => (
            <>
              {loginPrefix && (
                <span className="field__prefix" aria-hidden="true">
                  {loginPrefix}.
                </span>
              )}
              <input
                {...props}
                name="username"
                className="input"
                autoComplete="off"
                value={form.username}
                onChange={(e) => set("username", e.target.value)}
              />
            </>
          )}
        </Field>
        <Field label={t("staff.fields.email")} error={messageFor("email")}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              className="input"
              autoComplete="off"
              value={form.email}
              onChange={(e) => set("email", e.target.value)}
            />
          )}
        </Field>
        <Field label={t("staff.fields.lastName")} error={messageFor("lastName")}>
          {(props) => (
            <input
              {...props}
              name="lastName"
              className="input"
              value={form.lastName}
              onChange={(e) => set("lastName", e.target.value)}
            />
          )}
        </Field>
        <Field label={t("staff.fields.firstName")} error={messageFor("firstName")}>
          {(props) => (
            <input
              {...props}
              name="firstName"
              className="input"
              value={form.firstName}
              onChange={(e) => set("firstName", e.target.value)}
            />
          )}
        </Field>
        <Field label={t("staff.fields.password")} error={messageFor("password")} hint={t("staff.create.passwordHint")}>
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              className="input"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => set("password", e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="inline-group" aria-describedby={rolesError ? "create-staff-roles-error" : undefined}>
        <legend className="field__label">{t("staff.fields.roles")}</legend>
        <div className="checkbox-row">
          {STAFF_ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                name="roles"
                checked={form.roles.includes(role)}
                onChange={(e) =>
                  set("roles", e.target.checked ? [...form.roles, role] : form.roles.filter((r) => r !== role))
                }
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </div>
        {rolesError && (
          <p id="create-staff-roles-error" className="field__error">
            {rolesError}
          </p>
        )}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          name="temporaryPassword"
          checked={form.temporaryPassword}
          onChange={(e) => set("temporaryPassword", e.target.checked)}
        />
        {t("staff.fields.temporaryPassword")}
      </label>
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.creating") : t("staff.create.submit")}
        </button>
      </div>
    </form>
  );
}
