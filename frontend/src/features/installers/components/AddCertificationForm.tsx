import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useAddCertification, type Installer } from "../api/installers";
import {
  QUALIFICATIONS,
  emptyCertificationForm,
  toCreateCertificationRequest,
  validateCertificationForm,
  type CertificationForm,
  type CertificationProblem,
} from "../model/certification-form";

const FIELDS = new Set(["type", "otherName", "number", "issuer", "validFrom", "validTo"]);

export function AddCertificationForm({ installer, onDone }: { installer: Installer; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddCertification();
  const [form, setForm] = useState<CertificationForm>(emptyCertificationForm);
  const [problems, setProblems] = useState<Record<string, CertificationProblem>>({});
  const server = fieldErrorsOf(add.error);

  function message(path: keyof CertificationForm) {
    const problem = problems[path];
    return problem ? t(`installers.certificates.problems.${problem}`) : server[path];
  }

  function set<K extends keyof CertificationForm>(name: K, value: CertificationForm[K]) {
    setForm((current) => ({ ...current, [name]: value }));
    setProblems(({ [name]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCertificationForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    add.mutate({ installerId: installer.id, body: toCreateCertificationRequest(form) }, { onSuccess: onDone });
  }

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t("installers.certificates.addFor", { name: installer.displayName })}
    >
      <div className="field-grid">
        <Field label={t("installers.certificates.type")} error={message("type")}>
          {(props) => (
            <select
              {...props}
              name="type"
              className="input"
              value={form.type}
              onChange={(e) => set("type", e.target.value as CertificationForm["type"])}
            >
              {QUALIFICATIONS.map((q) => (
                <option key={q} value={q}>
                  {t(`qualifications.${q}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.type === "OTHER" && (
          <Field label={t("installers.certificates.otherName")} error={message("otherName")}>
            {(props) => (
              <input {...props} name="otherName" className="input" value={form.otherName} onChange={(e) => set("otherName", e.target.value)} />
            )}
          </Field>
        )}
        <Field label={t("installers.certificates.number")} error={message("number")}>
          {(props) => <input {...props} name="number" className="input" value={form.number} onChange={(e) => set("number", e.target.value)} />}
        </Field>
        <Field label={t("installers.certificates.issuer")} error={message("issuer")}>
          {(props) => <input {...props} name="issuer" className="input" value={form.issuer} onChange={(e) => set("issuer", e.target.value)} />}
        </Field>
        <Field label={t("installers.certificates.validFrom")} error={message("validFrom")}>
          {(props) => (
            <input {...props} type="date" name="validFrom" className="input" value={form.validFrom} onChange={(e) => set("validFrom", e.target.value)} />
          )}
        </Field>
        <Field label={t("installers.certificates.validTo")} error={message("validTo")}>
          {(props) => (
            <input {...props} type="date" name="validTo" className="input" value={form.validTo} onChange={(e) => set("validTo", e.target.value)} />
          )}
        </Field>
      </div>
      <ProblemAlert error={add.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary button--small" disabled={add.isPending}>
          {add.isPending ? t("common.saving") : t("installers.certificates.submit")}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
