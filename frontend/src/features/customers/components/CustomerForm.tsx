import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SaveBar } from "@/components/SaveBar";
import { SegmentedField } from "@/components/SegmentedField";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid, type ValidationKey } from "@/lib/validation";
import { useCreateCustomer, useUpdateCustomer, type Customer } from "../api/customers";
import {
  CUSTOMER_KINDS,
  customerFormOf,
  emptyCustomerForm,
  toCreateCustomerRequest,
  toUpdateCustomerRequest,
  validateCustomerForm,
  type CustomerForm as CustomerFormState,
} from "../model/customer-form";

const FIELDS = new Set(["kind", "name", "phone", "email", "notes"]);

interface CustomerFormProps {
  /** The customer to change; without it the form registers a new one. */
  customer?: Customer;
  onSaved: (customer: Customer) => void;
  /** Reads the customer again after someone else changed it. */
  onReload?: () => void;
}

/** A customer's own fields: kind, name, primary phone (unique in the tenant), e-mail and notes. */
export function CustomerForm({ customer, onSaved, onReload }: CustomerFormProps) {
  const { t } = useTranslation();
  const create = useCreateCustomer();
  const update = useUpdateCustomer(customer?.id ?? "");
  const mutation = customer ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<CustomerFormState>(() => (customer ? customerFormOf(customer) : emptyCustomerForm()));
  const [problems, setProblems] = useState<Record<string, ValidationKey>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(mutation.error);
  const title = customer ? t("customers.edit.title", { name: customer.name }) : t("customers.create.title");

  const message = (path: string) => (problems[path] ? t(`validation.${problems[path]}`) : server[path]);

  function change(next: Partial<CustomerFormState>, path: string) {
    setForm((current) => ({ ...current, ...next }));
    setProblems((current) => {
      const { [path]: _cleared, ...rest } = current;
      return rest;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCustomerForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    if (customer) {
      update.mutate(toUpdateCustomerRequest(form, customer.version), { onSuccess: (saved) => onSaved(saved) });
    } else {
      create.mutate(
        { body: toCreateCustomerRequest(form), idempotencyKey },
        {
          onSuccess: (saved) => onSaved(saved),
          onError: (error) => {
            if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
          },
        },
      );
    }
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={title}>
      <h2 className="panel__title">{title}</h2>
      <div className="field-grid">
        <SegmentedField
          legend={t("customers.fields.kind")}
          name="kind"
          options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`customerKind.${kind}`) }))}
          value={form.kind}
          error={message("kind")}
          onChange={(kind) => change({ kind }, "kind")}
        />
        <TextField label={t("customers.fields.name")} name="name" value={form.name} error={message("name")} onChange={(name) => change({ name }, "name")} />
        <TextField
          label={t("customers.fields.phone")}
          name="phone"
          type="tel"
          value={form.phone}
          error={message("phone")}
          hint={t("customers.phoneHint")}
          onChange={(phone) => change({ phone }, "phone")}
        />
        <TextField label={t("customers.fields.email")} name="email" type="email" value={form.email} error={message("email")} onChange={(email) => change({ email }, "email")} />
      </div>
      <TextField
        label={t("customers.fields.notes")}
        name="notes"
        rows={2}
        className="field--block"
        inputClassName="input--full"
        value={form.notes}
        error={message("notes")}
        onChange={(notes) => change({ notes }, "notes")}
      />
      {customer ? (
        <SaveBar
          saving={update.isPending}
          saved={false}
          error={update.error}
          displayedFields={FIELDS}
          version={customer.version}
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
              {create.isPending ? t("common.creating") : t("customers.create.submit")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
