import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SaveBar } from "@/components/SaveBar";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useCurrentUser } from "@/lib/current-user";
import { CATALOG_KINDS, useCreateCatalogItem, useUpdateCatalogItem, type CatalogItem } from "../api/catalog";
import {
  catalogItemFormOf,
  emptyCatalogItemForm,
  toCreateCatalogItemRequest,
  toUpdateCatalogItemRequest,
  validateCatalogItemForm,
  type CatalogItemForm as CatalogItemFormState,
  type CatalogItemProblem,
} from "../model/catalog-form";

const FIELDS = new Set(["kind", "code", "name", "unit", "price"]);

interface CatalogItemFormProps {
  item?: CatalogItem;
  onSaved: () => void;
  onReload?: () => void;
}

/** A product model, part or tool; the kind is fixed once created. */
export function CatalogItemForm({ item, onSaved, onReload }: CatalogItemFormProps) {
  const { t } = useTranslation();
  const currency = useCurrentUser().tenant?.currency ?? "CNY";
  const create = useCreateCatalogItem();
  const update = useUpdateCatalogItem(item?.id ?? "");
  const mutation = item ? update : create;
  const [form, setForm] = useState<CatalogItemFormState>(() => (item ? catalogItemFormOf(item) : emptyCatalogItemForm()));
  const [problems, setProblems] = useState<Record<string, CatalogItemProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(mutation.error);
  const title = item ? t("catalog.edit.title", { code: item.code }) : t("catalog.create.title");

  function message(path: string) {
    const problem = problems[path];
    if (!problem) return server[path];
    return problem === "code" ? t("catalog.problems.code") : t(`validation.${problem}`);
  }

  function change(next: Partial<CatalogItemFormState>, path: string) {
    setForm((current) => ({ ...current, ...next }));
    setProblems(({ [path]: _cleared, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCatalogItemForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (item) {
      update.mutate(toUpdateCatalogItemRequest(form, item.version), { onSuccess: () => onSaved() });
    } else {
      create.mutate(
        { body: toCreateCatalogItemRequest(form), idempotencyKey },
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
        <Field label={t("catalog.fields.kind")} error={message("kind")}>
          {(props) => (
            <select
              {...props}
              name="kind"
              className="input"
              value={form.kind}
              disabled={!!item}
              onChange={(e) => change({ kind: e.target.value as CatalogItemFormState["kind"] }, "kind")}
            >
              {CATALOG_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`catalog.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t("catalog.fields.code")} name="code" inputClassName="mono" value={form.code} error={message("code")} onChange={(code) => change({ code }, "code")} />
        <TextField label={t("catalog.fields.name")} name="name" inputClassName="input--wide" value={form.name} error={message("name")} onChange={(name) => change({ name }, "name")} />
        <TextField label={t("catalog.fields.unit")} name="unit" value={form.unit} error={message("unit")} hint={t("catalog.unitHint")} onChange={(unit) => change({ unit }, "unit")} />
        <TextField
          label={t("catalog.fields.price")}
          name="price"
          inputMode="decimal"
          suffix={currency}
          value={form.price}
          error={message("price")}
          hint={t("catalog.priceHint")}
          onChange={(price) => change({ price }, "price")}
        />
      </div>
      {item ? (
        <SaveBar
          saving={update.isPending}
          saved={false}
          error={update.error}
          displayedFields={FIELDS}
          version={item.version}
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
              {create.isPending ? t("common.creating") : t("catalog.create.submit")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
