import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CustomerSearch } from "@/components/CustomerSearch";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SaveBar } from "@/components/SaveBar";
import { SiteSelect } from "@/components/SiteSelect";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateAsset, useProducts, useUpdateAsset, type Asset } from "../api/assets";
import {
  assetFormOf,
  emptyAssetForm,
  toCreateAssetRequest,
  toUpdateAssetRequest,
  validateAssetForm,
  type AssetForm as AssetFormState,
  type AssetProblem,
} from "../model/asset-form";

const FIELDS = new Set([
  "customerId",
  "siteId",
  "productId",
  "serialNumber",
  "terminalId",
  "simId",
  "vehiclePlate",
  "installDate",
  "warrantyEnd",
]);

interface AssetFormProps {
  /** The asset to change; without it the form registers a new one. */
  asset?: Asset;
  /** The customer a new asset is for, when known. */
  customerId?: string;
  onSaved: (asset: Asset) => void;
  onReload?: () => void;
}

export function AssetForm({ asset, customerId, onSaved, onReload }: AssetFormProps) {
  const { t } = useTranslation();
  const create = useCreateAsset();
  const update = useUpdateAsset(asset?.id ?? "");
  const products = useProducts();
  const mutation = asset ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<AssetFormState>(() => (asset ? assetFormOf(asset) : emptyAssetForm(customerId)));
  const [problems, setProblems] = useState<Record<string, AssetProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(mutation.error);
  const title = asset ? t("assets.edit.title", { serial: asset.serialNumber }) : t("assets.create.title");

  function message(path: string) {
    const problem = problems[path];
    if (!problem) return server[path];
    return problem === "required" || problem === "date" ? t(`validation.${problem}`) : t(`assets.problems.${problem}`);
  }

  function change(next: Partial<AssetFormState>, ...paths: string[]) {
    setForm((current) => ({ ...current, ...next }));
    setProblems((current) => {
      const rest = { ...current };
      paths.forEach((path) => delete rest[path]);
      return rest;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAssetForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    if (asset) {
      update.mutate(toUpdateAssetRequest(form, asset.version), { onSuccess: (saved) => onSaved(saved) });
    } else {
      create.mutate(
        { body: toCreateAssetRequest(form), idempotencyKey },
        {
          onSuccess: (saved) => onSaved(saved),
          onError: (error) => {
            if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
          },
        },
      );
    }
  }

  const text = (key: keyof AssetFormState, label: string, type: "text" | "date" = "text", hint?: string) => (
    <TextField
      label={label}
      name={key}
      type={type}
      value={form[key]}
      error={message(key)}
      hint={hint}
      inputClassName={type === "text" ? "mono" : undefined}
      onChange={(value) => change({ [key]: value }, key)}
    />
  );

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={title}>
      <h2 className="panel__title">{title}</h2>
      <div className="field-grid field-grid--wide">
        <CustomerSearch
          label={t("assets.fields.customer")}
          name="customerId"
          customerId={form.customerId}
          placeholder={t("customerSearch.placeholder")}
          error={message("customerId")}
          onChange={(customer) => change({ customerId: customer?.id ?? "", siteId: "" }, "customerId", "siteId")}
        />
        <SiteSelect
          label={t("assets.fields.site")}
          name="siteId"
          customerId={form.customerId}
          value={form.siteId}
          error={message("siteId")}
          onChange={(siteId) => change({ siteId }, "siteId")}
        />
      </div>
      <div className="field-grid">
        <Field label={t("assets.fields.product")} error={message("productId")}>
          {(props) => (
            <select
              {...props}
              name="productId"
              className="input input--wide"
              value={form.productId}
              onChange={(e) => change({ productId: e.target.value }, "productId")}
            >
              <option value="">{products.data?.length === 0 ? t("assets.noProducts") : t("assets.chooseProduct")}</option>
              {(products.data ?? []).map((product) => (
                <option key={product.id} value={product.id}>
                  {product.code} · {product.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("serialNumber", t("assets.fields.serialNumber"))}
        {text("terminalId", t("assets.fields.terminalId"))}
        {text("simId", t("assets.fields.simId"))}
        {text("vehiclePlate", t("assets.fields.vehiclePlate"), "text", t("assets.plateHint"))}
        {text("installDate", t("assets.fields.installDate"), "date")}
        {text("warrantyEnd", t("assets.fields.warrantyEnd"), "date")}
      </div>
      {asset ? (
        <SaveBar
          saving={update.isPending}
          saved={false}
          error={update.error}
          displayedFields={FIELDS}
          version={asset.version}
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
              {create.isPending ? t("common.creating") : t("assets.create.submit")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
