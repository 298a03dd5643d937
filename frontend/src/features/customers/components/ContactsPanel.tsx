import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isStaleVersion } from "@/lib/api/problem";
import type { ValidationKey } from "@/lib/validation";
import { useContactChange, type Customer, type CustomerContact } from "../api/customers";
import { emptyContactForm, toContactRequest, validateContactForm, type ContactForm } from "../model/customer-form";

const FIELDS = new Set(["name", "phone", "email", "role"]);

/** Adds a contact, or changes one with the version read. */
function ContactEditor({
  customerId,
  contact,
  onDone,
}: {
  customerId: string;
  contact: CustomerContact | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useContactChange(customerId);
  const [form, setForm] = useState<ContactForm>(() =>
    contact ? { name: contact.name, phone: contact.phone, email: contact.email ?? "", role: contact.role ?? "" } : emptyContactForm(),
  );
  const [problems, setProblems] = useState<Record<string, ValidationKey>>({});
  const [idempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(mutation.error);
  const message = (path: string) => (problems[path] ? t(`validation.${problems[path]}`) : server[path]);
  const title = contact ? t("customers.contacts.editOf", { name: contact.name }) : t("customers.contacts.add");

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateContactForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const body = toContactRequest(form);
    mutation.mutate(
      contact ? { kind: "update", contactId: contact.id, body: { ...body, version: contact.version } } : { kind: "add", body, idempotencyKey },
      { onSuccess: () => onDone() },
    );
  }

  const field = (name: keyof ContactForm, label: string, type: "text" | "tel" | "email" = "text") => (
    <TextField
      label={label}
      name={name}
      type={type}
      value={form[name]}
      error={message(name)}
      onChange={(value) => {
        setForm((current) => ({ ...current, [name]: value }));
        setProblems(({ [name]: _cleared, ...rest }) => rest);
      }}
    />
  );

  return (
    <form className="action" onSubmit={submit} noValidate aria-label={title}>
      <div className="field-grid">
        {field("name", t("customers.contacts.name"))}
        {field("phone", t("customers.contacts.phone"), "tel")}
        {field("role", t("customers.contacts.role"))}
        {field("email", t("customers.contacts.email"), "email")}
      </div>
      {isStaleVersion(mutation.error) ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__headline">{t("errors.stale")}</p>
          <button type="button" className="button" onClick={onDone}>
            {t("common.reload")}
          </button>
        </div>
      ) : (
        <ProblemAlert error={mutation.error} displayedFields={FIELDS} />
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The people to talk to at the customer; the phone search finds the customer by their phones too. */
export function ContactsPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const remove = useContactChange(customer.id);
  const [editing, setEditing] = useState<CustomerContact | "new" | null>(null);

  function removeContact(contact: CustomerContact) {
    if (window.confirm(t("customers.contacts.confirmRemove", { name: contact.name }))) {
      remove.mutate({ kind: "remove", contactId: contact.id });
    }
  }

  return (
    <section className="panel" aria-labelledby="contacts-title">
      <h2 id="contacts-title" className="panel__title">
        {t("customers.contacts.title")}
      </h2>
      <table className="table table--inner">
        <thead>
          <tr>
            <th scope="col">{t("customers.contacts.name")}</th>
            <th scope="col">{t("customers.contacts.phone")}</th>
            <th scope="col">{t("customers.contacts.role")}</th>
            <th scope="col">{t("customers.contacts.email")}</th>
            <th scope="col">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {customer.contacts.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t("customers.contacts.none")}
              </td>
            </tr>
          ) : (
            customer.contacts.map((contact) => (
              <tr key={contact.id}>
                <td className="strong">{contact.name}</td>
                <td className="mono nowrap">{contact.phone}</td>
                <td>{contact.role}</td>
                <td>{contact.email}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t("customers.contacts.editOf", { name: contact.name })}
                    onClick={() => setEditing(contact)}
                  >
                    {t("common.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t("customers.contacts.removeOf", { name: contact.name })}
                    disabled={remove.isPending}
                    onClick={() => removeContact(contact)}
                  >
                    {t("common.remove")}
                  </button>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <ProblemAlert error={remove.error} />
      {editing ? (
        <ContactEditor
          key={editing === "new" ? "new" : `${editing.id}-${editing.version}`}
          customerId={customer.id}
          contact={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => setEditing("new")}>
          {t("customers.contacts.add")}
        </button>
      )}
    </section>
  );
}
