import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { PeoplePicker } from "@/components/PeoplePicker";
import { ProblemAlert } from "@/components/ProblemAlert";
import { TextField } from "@/components/TextField";
import { newIdempotencyKey } from "@/lib/api/client";
import { fieldErrorsOf, isRetryable } from "@/lib/api/problem";
import { useInstallerDirectory, useServicePointDirectory } from "@/lib/directory";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateTrip, type Trip } from "../api/trips";
import { emptyTripForm, toCreateTrip, validateTrip, type Problems, type TripForm } from "../model/trip-form";

const FIELDS = new Set(["personIds", "destination", "firstDay", "lastDay", "workOrderIds", "purpose", "servicePointId"]);

/** Planning a trip (出差): who goes where, on which days, for which work orders. */
export function CreateTripForm({ onCreated }: { onCreated: (trip: Trip) => void }) {
  const { t } = useTranslation();
  const create = useCreateTrip();
  const installers = useInstallerDirectory();
  const servicePoints = useServicePointDirectory();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<TripForm>(emptyTripForm);
  const [problems, setProblems] = useState<Problems>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const server = fieldErrorsOf(create.error);
  const message = (path: string) => {
    const problem = problems[path];
    if (problem === "required") return t("validation.required");
    if (problem) return t(`trips.problems.${problem}`);
    // The server names one work order as workOrderIds[2]; show it at the list.
    return server[path] ?? Object.entries(server).find(([key]) => key.startsWith(`${path}[`))?.[1];
  };
  const set = <K extends keyof TripForm>(key: K) => (value: TripForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateTrip(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    create.mutate(
      { body: toCreateTrip(form), idempotencyKey },
      {
        onSuccess: (trip) => onCreated(trip),
        onError: (error) => {
          if (!isRetryable(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  }

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-label={t("trips.create.title")}>
      <h2 className="panel__title">{t("trips.create.title")}</h2>
      <PeoplePicker
        label={t("trips.fields.people")}
        name="personIds"
        options={installers.data ?? []}
        selected={form.personIds}
        error={message("personIds")}
        onChange={set("personIds")}
      />
      <ProblemAlert error={installers.error} />
      <div className="field-grid">
        <TextField label={t("trips.fields.destination")} name="destination" value={form.destination} placeholder={t("trips.create.destinationHint")} error={message("destination")} onChange={set("destination")} />
        <TextField label={t("trips.fields.firstDay")} name="firstDay" type="date" value={form.firstDay} error={message("firstDay")} onChange={set("firstDay")} />
        <TextField label={t("trips.fields.lastDay")} name="lastDay" type="date" value={form.lastDay} error={message("lastDay")} onChange={set("lastDay")} />
        <Field label={t("trips.fields.servicePoint")} error={message("servicePointId")} hint={t("trips.create.servicePointHint")}>
          {(props) => (
            <select {...props} name="servicePointId" className="input" value={form.servicePointId} onChange={(event) => set("servicePointId")(event.target.value)}>
              <option value="">{t("trips.create.noServicePoint")}</option>
              {(servicePoints.data ?? []).map((point) => (
                <option key={point.id} value={point.id}>
                  {point.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextField
        label={t("trips.fields.workOrders")}
        name="workOrderIds"
        rows={3}
        className="field--block"
        inputClassName="input--full mono"
        hint={t("trips.create.workOrdersHint")}
        value={form.workOrderIds}
        error={message("workOrderIds")}
        onChange={set("workOrderIds")}
      />
      <TextField
        label={t("trips.fields.purpose")}
        name="purpose"
        rows={2}
        className="field--block"
        inputClassName="input--full"
        value={form.purpose}
        error={message("purpose")}
        onChange={set("purpose")}
      />
      <ProblemAlert error={create.error} displayedFields={FIELDS} />
      <div className="form-footer__bar">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t("common.saving") : t("trips.create.submit")}
        </button>
      </div>
    </form>
  );
}
