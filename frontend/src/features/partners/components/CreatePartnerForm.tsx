import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreatePartner, type Partner } from "../api/partners";
import { emptyPartnerForm, toCreatePartner, validatePartner, type PartnerForm, type Problems } from "../model/partner-form";
import { messageAt } from "./problem-text";

/** A new outsourcing partner: name, contacts and the bank account it is paid to. */
export function CreatePartnerForm({ onCreated }: { onCreated: (partner: Partner) => void }) {
  const { t } = useTranslation();
  const create = useCreatePartner();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<PartnerForm>(emptyPartnerForm);
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  const message = (path: string) => messageAt(t, problems, server, path);
  const displayed = new Set([
    "name",
    "bankAccount.accountName",
    "bankAccount.bank",
    "bankAccount.accountNumber",
    ...form.contacts.flatMap((_, i) => [`contacts[${i}].name`, `contacts[${i}].phone`, `contacts[${i}].role`]),
  ]);

  function update(change: Partial<PartnerForm>) {
    setForm((current) => ({ ...current, ...change }));
  }

  function updateContact(index: number, change: Partial<PartnerForm["contacts"][number]>) {
    setForm((current) => ({
      ...current,
      contacts: current.contacts.map((contact, i) => (i === index ? { ...contact, ...change } : contact)),
    }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validatePartner(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreatePartner(form), idempotencyKey },
      {
        onSuccess: (partner) => onCreated(partner),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={t("partners.create.title")}>
      <h2 className="panel__title">{t("partners.create.title")}</h2>
      <TextField
        label={t("partners.fields.name")}
        name="name"
        value={form.name}
        inputClassName="input--wide"
        autoFocus
        error={message("name")}
        onChange={(name) => update({ name })}
      />
      <h3 className="panel__subtitle">{t("partners.fields.contacts")}</h3>
      {form.contacts.map((contact, index) => (
        <div key={index} className="field-grid">
          <TextField
            label={t("partners.fields.contactName", { number: index + 1 })}
            name={`contacts[${index}].name`}
            value={contact.name}
            error={message(`contacts[${index}].name`)}
            onChange={(name) => updateContact(index, { name })}
          />
          <TextField
            label={t("partners.fields.contactPhone", { number: index + 1 })}
            name={`contacts[${index}].phone`}
            type="tel"
            value={contact.phone}
            error={message(`contacts[${index}].phone`)}
            onChange={(phone) => updateContact(index, { phone })}
          />
          <TextField
            label={t("partners.fields.contactRole", { number: index + 1 })}
            name={`contacts[${index}].role`}
            value={contact.role}
            placeholder={t("partners.create.rolePlaceholder")}
            error={message(`contacts[${index}].role`)}
            onChange={(role) => updateContact(index, { role })}
          />
        </div>
      ))}
      <div className="action-bar">
        <button
          type="button"
          className="button button--small"
          disabled={form.contacts.length >= 20}
          onClick={() => update({ contacts: [...form.contacts, { name: "", phone: "", role: "" }] })}
        >
          {t("partners.create.addContact")}
        </button>
      </div>
      <h3 className="panel__subtitle">{t("partners.fields.bankAccount")}</h3>
      <div className="field-grid">
        <TextField
          label={t("partners.fields.accountName")}
          name="bankAccount.accountName"
          value={form.accountName}
          error={message("bankAccount.accountName")}
          onChange={(accountName) => update({ accountName })}
        />
        <TextField
          label={t("partners.fields.bank")}
          name="bankAccount.bank"
          value={form.bank}
          error={message("bankAccount.bank")}
          onChange={(bank) => update({ bank })}
        />
        <TextField
          label={t("partners.fields.accountNumber")}
          name="bankAccount.accountNumber"
          value={form.accountNumber}
          inputMode="numeric"
          inputClassName="input--wide mono"
          hint={t("partners.create.accountNumberHint")}
          error={message("bankAccount.accountNumber")}
          onChange={(accountNumber) => update({ accountNumber })}
        />
      </div>
      <ProblemAlert error={create.error} displayedFields={displayed} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("partners.create.submit")}
        </button>
      </div>
    </form>
  );
}
