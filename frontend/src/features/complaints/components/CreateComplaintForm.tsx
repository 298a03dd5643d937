import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { InstallerSelect } from "@/components/InstallerSelect";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SegmentedField } from "@/components/SegmentedField";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateComplaint, type Complaint, type ComplaintCategory } from "../api/complaints";
import {
  CATEGORIES_WITH_CONSEQUENCE,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  emptyCreateComplaintForm,
  toCreateComplaint,
  validateCreateComplaint,
  type ComplaintProblem,
  type CreateComplaintForm as CreateComplaintFormState,
} from "../model/complaint-form";

const FIELDS = new Set(["channel", "category", "workOrderId", "installerId", "complainantName", "complainantPhone", "description"]);

interface CreateComplaintFormProps {
  /** Filled in when the page is opened from a work order. */
  prefill?: Partial<CreateComplaintFormState>;
  onCreated: (complaint: Complaint) => void;
}

/** A complaint as it came in: how, what kind, about which order or installer, who complains and what they say. */
export function CreateComplaintForm({ prefill, onCreated }: CreateComplaintFormProps) {
  const { t } = useTranslation();
  const create = useCreateComplaint();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<CreateComplaintFormState>(() => emptyCreateComplaintForm(prefill));
  const [problems, setProblems] = useState<Record<string, ComplaintProblem>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);

  function message(path: string): string | undefined {
    const problem = problems[path];
    switch (problem) {
      case undefined:
        return server[path];
      case "uuid":
        return t("complaints.errors.workOrderId");
      case "aboutRequired":
        return t("complaints.errors.aboutRequired");
      default:
        return t(`validation.${problem}`);
    }
  }

  function update(change: Partial<CreateComplaintFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCreateComplaint(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateComplaint(form), idempotencyKey },
      {
        onSuccess: (created) => onCreated(created),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={t("complaints.create.title")}>
      <SegmentedField
        legend={t("complaints.fields.channel")}
        name="channel"
        value={form.channel}
        options={COMPLAINT_CHANNELS.map((value) => ({ value, label: t(`complaints.channel.${value}`) }))}
        error={message("channel")}
        onChange={(channel) => update({ channel }, "channel")}
      />
      <Field label={t("complaints.fields.category")} error={message("category")}>
        {(props) => (
          <select
            {...props}
            name="category"
            className="input input--wide"
            value={form.category}
            onChange={(event) => update({ category: event.target.value as ComplaintCategory | "" }, "category")}
          >
            <option value="">{t("complaints.create.chooseCategory")}</option>
            {COMPLAINT_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`complaints.category.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.category !== "" && CATEGORIES_WITH_CONSEQUENCE.includes(form.category) && (
        <p className="field__hint">{t("complaints.create.consequenceHint")}</p>
      )}
      <div className="field-grid field-grid--wide">
        <TextField
          label={t("complaints.fields.workOrderId")}
          name="workOrderId"
          value={form.workOrderId}
          hint={t("complaints.create.workOrderIdHint")}
          inputClassName="input--wide mono"
          error={message("workOrderId")}
          onChange={(workOrderId) => update({ workOrderId }, "workOrderId", "installerId")}
        />
        <InstallerSelect
          label={t("complaints.fields.installerOptional")}
          name="installerId"
          value={form.installerId}
          emptyLabel={t("complaints.create.leadInstaller")}
          error={message("installerId")}
          onChange={(installerId) => update({ installerId }, "installerId")}
        />
      </div>
      <div className="field-grid">
        <TextField
          label={t("complaints.fields.complainantName")}
          name="complainantName"
          value={form.complainantName}
          error={message("complainantName")}
          onChange={(complainantName) => update({ complainantName }, "complainantName")}
        />
        <TextField
          label={t("complaints.fields.complainantPhone")}
          name="complainantPhone"
          type="tel"
          value={form.complainantPhone}
          error={message("complainantPhone")}
          onChange={(complainantPhone) => update({ complainantPhone }, "complainantPhone")}
        />
      </div>
      <TextField
        label={t("complaints.fields.description")}
        name="description"
        rows={4}
        className="field--block"
        inputClassName="input--full"
        value={form.description}
        error={message("description")}
        onChange={(description) => update({ description }, "description")}
      />
      <p className="field__hint">{t("complaints.create.promiseHint")}</p>
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("complaints.create.submit")}
        </button>
      </div>
    </form>
  );
}
