import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { SiteSelect } from "@/components/SiteSelect";
import { AppointmentFieldset, ItemsFieldset, TasksFieldset, TypeAndPriorityFields } from "@/components/WorkOrderFields";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import { useReloadServiceRequest, useServiceRequestOutcome, type ServiceRequest } from "../api/service-requests";
import {
  emptyConvertForm,
  toConvertRequest,
  validateConvertForm,
  type ConvertForm as ConvertFormState,
  type ConvertProblem,
} from "../model/convert-form";
import { OutcomeProblem } from "./OutcomeProblem";

/** The work order the request becomes, for the request's customer and asset. */
export function ConvertForm({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const mutation = useServiceRequestOutcome(request.id);
  const reloadRequest = useReloadServiceRequest(request.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ConvertFormState>(() => emptyConvertForm(request, format.today(), format.timeZone));
  const [problems, setProblems] = useState<Record<string, ConvertProblem>>({});
  const server = fieldErrorsOf(mutation.error);

  const shown = new Set([
    "type",
    "priority",
    "siteId",
    "tasks",
    "faultCategory",
    "appointment",
    "appointment.start",
    "appointment.end",
    ...form.items.flatMap((_, i) => [`itemsToBring[${i}].name`, `itemsToBring[${i}].quantity`]),
  ]);

  function message(path: string): string | undefined {
    const problem = problems[path];
    if (problem) return problem === "faultCategory" ? t("serviceRequests.convert.faultCategoryProblem") : t(`workOrders.create.problems.${problem}`);
    return server[path] ?? (path === "appointment.start" ? server["appointment"] : undefined);
  }

  function update(change: Partial<ConvertFormState>, ...cleared: string[]) {
    setForm((current) => ({ ...current, ...change }));
    setProblems((current) => {
      const next = { ...current };
      cleared.forEach((path) => delete next[path]);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateConvertForm(form, format.timeZone);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    mutation.mutate({ outcome: "convert", body: toConvertRequest(form, request.version, format.timeZone) });
  }

  return (
    <form ref={formRef} className="action" onSubmit={submit} noValidate aria-label={t("serviceRequests.outcomes.convert.title")}>
      <div className="field-grid">
        <TypeAndPriorityFields type={form.type} priority={form.priority} message={message} onChange={(change) => update(change)} />
        <SiteSelect
          label={t("workOrders.fields.siteId")}
          name="siteId"
          customerId={request.customerId}
          value={form.siteId}
          error={message("siteId")}
          onChange={(siteId) => update({ siteId }, "siteId")}
        />
        <Field label={t("serviceRequests.convert.faultCategory")} error={message("faultCategory")} hint={t("serviceRequests.convert.faultCategoryHint")}>
          {(props) => (
            <input
              {...props}
              name="faultCategory"
              className="input mono"
              autoComplete="off"
              spellCheck={false}
              value={form.faultCategory}
              onChange={(e) => update({ faultCategory: e.target.value }, "faultCategory")}
            />
          )}
        </Field>
      </div>
      <TasksFieldset tasks={form.tasks} onChange={(tasks) => update({ tasks })} />
      <AppointmentFieldset value={form} timeZone={format.timeZone} message={message} onChange={update} />
      <ItemsFieldset items={form.items} message={message} onChange={(items, ...cleared) => update({ items }, ...cleared)} />
      <OutcomeProblem
        error={mutation.error}
        displayedFields={shown}
        onReload={() => {
          mutation.reset();
          void reloadRequest();
        }}
      />
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? t("common.saving") : t("serviceRequests.outcomes.convert.submit")}
      </button>
    </form>
  );
}
