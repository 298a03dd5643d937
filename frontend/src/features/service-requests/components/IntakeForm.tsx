import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CustomerSearch } from "@/components/CustomerSearch";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SegmentedField } from "@/components/SegmentedField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useCustomerAssets } from "@/lib/customer-lookup";
import { focusFirstInvalid } from "@/lib/validation";
import { useRegisterServiceRequest, type ServiceRequest } from "../api/service-requests";
import {
  CATEGORIES,
  CUSTOMER_KINDS,
  INTAKE_CHANNELS,
  NEW_SITE_ADDRESS,
  emptyIntakeForm,
  newCustomerFrom,
  toCreateServiceRequest,
  validateIntakeForm,
  type IntakeForm as IntakeFormState,
  type IntakeProblem,
  type NewCustomerInput,
} from "../model/intake-form";

const SHOWN_FIELDS = [
  "channel",
  "customerId",
  "newCustomer",
  "newCustomer.kind",
  "newCustomer.name",
  "newCustomer.phone",
  NEW_SITE_ADDRESS,
  "assetId",
  "category",
  "description",
];

/** A call comes in: find the caller by the digits they give, note what they want, register it. */
export function IntakeForm({ onRegistered }: { onRegistered: (request: ServiceRequest) => void }) {
  const { t } = useTranslation();
  const register = useRegisterServiceRequest();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<IntakeFormState>(emptyIntakeForm);
  const [problems, setProblems] = useState<Record<string, IntakeProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const assets = useCustomerAssets(form.customerId || null);
  const server = fieldErrorsOf(register.error);
  const newCustomer = form.newCustomer;

  function message(path: string): string | undefined {
    const problem = problems[path];
    return problem ? t(`validation.${problem}`) : server[path];
  }

  function update(change: Partial<IntakeFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function updateNewCustomer(change: Partial<NewCustomerInput>, path: string) {
    if (!newCustomer) return;
    update({ newCustomer: { ...newCustomer, ...change } }, path);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateIntakeForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    register.mutate(
      { body: toCreateServiceRequest(form, t("intake.firstSiteLabel")), idempotencyKey },
      {
        onSuccess: (request) => onRegistered(request),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel intake" onSubmit={submit} noValidate aria-label={t("intake.title")}>
      {newCustomer ? (
        <fieldset className="inline-group intake__new-customer">
          <legend className="field__label">{t("intake.newCustomer.title")}</legend>
          <div className="field-grid">
            <Field label={t("intake.newCustomer.phone")} error={message("newCustomer.phone")}>
              {(props) => (
                <input
                  {...props}
                  name="newCustomer.phone"
                  className="input"
                  inputMode="tel"
                  autoComplete="off"
                  value={newCustomer.phone}
                  onChange={(e) => updateNewCustomer({ phone: e.target.value }, "newCustomer.phone")}
                />
              )}
            </Field>
            <Field label={t("intake.newCustomer.name")} error={message("newCustomer.name")}>
              {(props) => (
                <input
                  {...props}
                  name="newCustomer.name"
                  className="input"
                  autoComplete="off"
                  autoFocus
                  value={newCustomer.name}
                  onChange={(e) => updateNewCustomer({ name: e.target.value }, "newCustomer.name")}
                />
              )}
            </Field>
            <SegmentedField
              legend={t("intake.newCustomer.kind")}
              name="newCustomer.kind"
              options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`customerKind.${kind}`) }))}
              value={newCustomer.kind}
              error={message("newCustomer.kind")}
              onChange={(kind) => updateNewCustomer({ kind }, "newCustomer.kind")}
            />
          </div>
          <Field
            label={t("intake.newCustomer.siteAddress")}
            error={message(NEW_SITE_ADDRESS)}
            hint={t("intake.newCustomer.siteAddressHint")}
            className="field--block"
          >
            {(props) => (
              <input
                {...props}
                name={NEW_SITE_ADDRESS}
                className="input input--full"
                autoComplete="off"
                value={newCustomer.siteAddress}
                onChange={(e) => updateNewCustomer({ siteAddress: e.target.value }, NEW_SITE_ADDRESS)}
              />
            )}
          </Field>
          <button type="button" className="button button--small" onClick={() => update({ newCustomer: null })}>
            {t("intake.newCustomer.back")}
          </button>
        </fieldset>
      ) : (
        <div className="field-grid field-grid--wide">
          <CustomerSearch
            label={t("intake.caller")}
            name="customerId"
            customerId={form.customerId}
            placeholder={t("intake.callerPlaceholder")}
            hint={t("intake.callerHint")}
            error={message("customerId")}
            autoFocus
            onCreateNew={(text) => update({ newCustomer: newCustomerFrom(text), assetId: "" }, "customerId")}
            onChange={(customer) => update({ customerId: customer?.id ?? "", assetId: "" }, "customerId", "assetId")}
          />
          <Field label={t("intake.asset")} error={message("assetId")}>
            {(props) => (
              <select
                {...props}
                name="assetId"
                className="input input--wide"
                value={form.assetId}
                disabled={!form.customerId}
                onChange={(e) => update({ assetId: e.target.value }, "assetId")}
              >
                <option value="">{t("intake.noAsset")}</option>
                {(assets.data?.items ?? []).map((asset) => (
                  <option key={asset.id} value={asset.id}>
                    {[asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" · ")}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}

      <div className="intake__row">
        <Field label={t("serviceRequests.fields.channel")} error={message("channel")}>
          {(props) => (
            <select
              {...props}
              name="channel"
              className="input"
              value={form.channel}
              onChange={(e) => update({ channel: e.target.value as IntakeFormState["channel"] }, "channel")}
            >
              {INTAKE_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`serviceRequests.channel.${channel}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SegmentedField
          legend={t("serviceRequests.fields.category")}
          name="category"
          options={CATEGORIES.map((category) => ({ value: category, label: t(`serviceRequests.category.${category}`) }))}
          value={form.category}
          error={message("category")}
          onChange={(category) => update({ category }, "category")}
        />
      </div>
      <Field label={t("serviceRequests.fields.description")} error={message("description")} className="field--block">
        {(props) => (
          <textarea
            {...props}
            name="description"
            className="input input--text input--full"
            rows={3}
            placeholder={t("intake.descriptionPlaceholder")}
            value={form.description}
            onChange={(e) => update({ description: e.target.value }, "description")}
          />
        )}
      </Field>

      <ProblemAlert error={register.error} displayedFields={new Set(SHOWN_FIELDS)} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={register.isPending}>
          {register.isPending ? t("common.saving") : t("intake.submit")}
        </button>
      </div>
    </form>
  );
}
