import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { personName } from "@/lib/format";
import { useCreateInstaller, useInstallerAccounts, type Installer } from "../api/installers";
import {
  emptyInstallerForm,
  toCreateInstallerRequest,
  validateInstallerForm,
  type InstallerForm,
  type InstallerFormProblem,
} from "../model/installer-form";

const FIELDS = new Set(["staffUserId", "phone", "workingHours.start", "workingHours.end", "baseSalary", "skills"]);

/** Makes a staff account holding the role installer an installer (phone, working hours, base salary, skills). */
export function CreateInstallerForm({
  existing,
  onCreated,
}: {
  existing: ReadonlySet<string>;
  onCreated: (installer: Installer) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const accounts = useInstallerAccounts(true);
  const create = useCreateInstaller();
  const [form, setForm] = useState<InstallerForm>(emptyInstallerForm);
  const [problems, setProblems] = useState<Record<string, InstallerFormProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  const candidates = (accounts.data ?? []).filter((account) => !existing.has(account.id));

  function message(path: string) {
    const problem = problems[path];
    return problem ? t(`installers.create.problems.${problem}`) : server[path];
  }

  function set<K extends keyof InstallerForm>(name: K, value: InstallerForm[K], path: string = name) {
    setForm((current) => ({ ...current, [name]: value }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateInstallerForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { body: toCreateInstallerRequest(form), idempotencyKey },
      {
        onSuccess: (installer) => {
          setForm(emptyInstallerForm());
          setIdempotencyKey(newIdempotencyKey());
          onCreated(installer);
        },
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="create-installer-title">
      <h2 id="create-installer-title" className="panel__title">
        {t("installers.create.title")}
      </h2>
      <p className="panel__description">{t("installers.create.description")}</p>
      <ProblemAlert error={accounts.error} />
      <div className="field-grid">
        <Field label={t("installers.create.account")} error={message("staffUserId")}>
          {(props) => (
            <select
              {...props}
              name="staffUserId"
              className="input"
              value={form.staffUserId}
              onChange={(e) => set("staffUserId", e.target.value)}
            >
              <option value="">{accounts.isPending ? t("common.loading") : t("installers.create.chooseAccount")}</option>
              {candidates.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.username}
                  {personName(account.firstName, account.lastName, i18n.language)
                    ? ` · ${personName(account.firstName, account.lastName, i18n.language)}`
                    : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("installers.fields.phone")} error={message("phone")}>
          {(props) => (
            <input {...props} name="phone" type="tel" className="input" value={form.phone} onChange={(e) => set("phone", e.target.value)} />
          )}
        </Field>
        <Field label={t("installers.create.hoursStart")} error={message("workingHours.start")}>
          {(props) => (
            <input
              {...props}
              name="workingHours.start"
              type="time"
              className="input input--time"
              value={form.start}
              onChange={(e) => set("start", e.target.value, "workingHours.start")}
            />
          )}
        </Field>
        <Field label={t("installers.create.hoursEnd")} error={message("workingHours.end")}>
          {(props) => (
            <input
              {...props}
              name="workingHours.end"
              type="time"
              className="input input--time"
              value={form.end}
              onChange={(e) => set("end", e.target.value, "workingHours.end")}
            />
          )}
        </Field>
        <Field label={t("installers.fields.baseSalary")} error={message("baseSalary")} suffix={format.currency}>
          {(props) => (
            <input
              {...props}
              name="baseSalary"
              className="input input--number"
              inputMode="decimal"
              value={form.baseSalary}
              onChange={(e) => set("baseSalary", e.target.value)}
            />
          )}
        </Field>
        <Field label={t("installers.fields.skills")} error={message("skills")} hint={t("installers.create.skillsHint")}>
          {(props) => <input {...props} name="skills" className="input" value={form.skills} onChange={(e) => set("skills", e.target.value)} />}
        </Field>
      </div>
      {accounts.data && candidates.length === 0 && <p className="muted small">{t("installers.create.noAccounts")}</p>}
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.creating") : t("installers.create.submit")}
        </button>
      </div>
    </form>
  );
}
