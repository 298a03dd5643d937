import { useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SaveBar } from "@/components/SaveBar";
import { fieldErrorsOf } from "@/lib/api/problem";
import { focusFirstInvalid } from "@/lib/validation";
import {
  WEEKDAYS,
  newRow,
  toCalendarForm,
  toWorkingCalendar,
  validateCalendar,
  type CalendarFormValues,
  type CalendarProblemKey,
  type DayList,
  type DayRow,
  type WorkingCalendar,
} from "../model/calendar-form";

interface CalendarFormProps {
  calendar: WorkingCalendar;
  saving: boolean;
  saved: boolean;
  error: unknown;
  onSave: (calendar: WorkingCalendar) => void;
  onReload: () => void;
}

/** Weekday of an ISO date, independent of the browser's time zone. */
function weekdayOf(date: string): (typeof WEEKDAYS)[number] | null {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return null;
  const sundayFirst = new Date(time).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? null;
}

export function CalendarForm({ calendar, saving, saved, error, onSave, onReload }: CalendarFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CalendarFormValues>(() => toCalendarForm(calendar));
  const [clientProblems, setClientProblems] = useState<Record<string, CalendarProblemKey>>({});
  const [dirty, setDirty] = useState(false);
  // Paths (or whole lists, after rows moved) whose server messages no longer apply.
  const [stale, setStale] = useState<{ error: unknown; paths: Set<string> }>({ error, paths: new Set() });
  const edited = stale.error === error ? stale.paths : new Set<string>();
  const serverErrors = useMemo(() => fieldErrorsOf(error), [error]);

  const displayedFields = useMemo(() => {
    const paths = new Set<string>(["workingDays"]);
    for (const list of ["holidays", "makeUpWorkingDays"] as const) {
      values[list].forEach((_, index) => {
        paths.add(`${list}[${index}].date`).add(`${list}[${index}].name`);
      });
    }
    return paths;
  }, [values]);

  function messageFor(path: string): string | undefined {
    const problem = clientProblems[path];
    if (problem) return t(`validation.${problem}`);
    const list = path.split("[")[0] ?? path;
    return edited.has(path) || edited.has(list) ? undefined : serverErrors[path];
  }

  function update(next: CalendarFormValues, editedPath: string) {
    setValues(next);
    setDirty(true);
    setClientProblems({});
    setStale({ error, paths: new Set(edited).add(editedPath) });
  }

  function toggleWeekday(day: (typeof WEEKDAYS)[number], checked: boolean) {
    const workingDays = checked ? [...values.workingDays, day] : values.workingDays.filter((d) => d !== day);
    update({ ...values, workingDays }, "workingDays");
  }

  function editRow(list: DayList, index: number, patch: Partial<DayRow>) {
    const rows = values[list].map((row, i) => (i === index ? { ...row, ...patch } : row));
    update({ ...values, [list]: rows }, `${list}[${index}].${Object.keys(patch)[0] ?? "date"}`);
  }

  function addRow(list: DayList) {
    update({ ...values, [list]: [...values[list], newRow()] }, list);
  }

  function removeRow(list: DayList, index: number) {
    update({ ...values, [list]: values[list].filter((_, i) => i !== index) }, list);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateCalendar(values);
    setClientProblems(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(problems));
      return;
    }
    setStale({ error: undefined, paths: new Set() });
    onSave(toWorkingCalendar(values, calendar.version));
  }

  const workingDaysError = messageFor("workingDays");

  return (
    <form ref={formRef} className="calendar-form" onSubmit={submit} noValidate>
      <fieldset className="panel" aria-describedby={workingDaysError ? "working-days-error" : undefined}>
        <legend className="panel__title">{t("calendar.workingDays")}</legend>
        <p className="panel__description">{t("calendar.workingDaysHint")}</p>
        <div className="checkbox-row">
          {WEEKDAYS.map((day) => (
            <label key={day} className="checkbox">
              <input
                type="checkbox"
                name="workingDays"
                checked={values.workingDays.includes(day)}
                onChange={(event) => toggleWeekday(day, event.target.checked)}
              />
              {t(`calendar.weekdays.${day}`)}
            </label>
          ))}
        </div>
        {workingDaysError && (
          <p id="working-days-error" className="field__error">
            {workingDaysError}
          </p>
        )}
      </fieldset>

      {(["holidays", "makeUpWorkingDays"] as const).map((list) => {
        const title = t(`calendar.${list}.title`);
        return (
          <fieldset key={list} className="panel">
            <legend className="panel__title">{title}</legend>
            <p className="panel__description">{t(`calendar.${list}.hint`)}</p>
            {values[list].length === 0 ? (
              <p className="empty">{t("calendar.empty")}</p>
            ) : (
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("calendar.date")}</th>
                    <th scope="col">{t("calendar.weekday")}</th>
                    <th scope="col">{t("calendar.name")}</th>
                    <th scope="col">{t("calendar.sourceColumn")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("common.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {values[list].map((row, index) => {
                    const datePath = `${list}[${index}].date`;
                    const namePath = `${list}[${index}].name`;
                    const dateError = messageFor(datePath);
                    const nameError = messageFor(namePath);
                    const weekday = weekdayOf(row.date);
                    const rowLabel = t("calendar.row", { list: title, number: index + 1 });
                    return (
                      <tr key={row.key}>
                        <td>
                          <input
                            type="date"
                            className="input"
                            name={datePath}
                            aria-label={`${rowLabel} ${t("calendar.date")}`}
                            aria-invalid={dateError ? true : undefined}
                            aria-describedby={dateError ? `${row.key}-date-error` : undefined}
                            value={row.date}
                            onChange={(event) => editRow(list, index, { date: event.target.value })}
                          />
                          {dateError && (
                            <p id={`${row.key}-date-error`} className="field__error">
                              {dateError}
                            </p>
                          )}
                        </td>
                        <td className="muted">{weekday ? t(`calendar.weekdays.${weekday}`) : ""}</td>
                        <td>
                          <input
                            type="text"
                            className="input input--wide"
                            name={namePath}
                            aria-label={`${rowLabel} ${t("calendar.name")}`}
                            aria-invalid={nameError ? true : undefined}
                            aria-describedby={nameError ? `${row.key}-name-error` : undefined}
                            value={row.name}
                            onChange={(event) => editRow(list, index, { name: event.target.value })}
                          />
                          {nameError && (
                            <p id={`${row.key}-name-error`} className="field__error">
                              {nameError}
                            </p>
                          )}
                        </td>
                        <td className="muted">{t(`calendar.source.${row.source ?? "TENANT"}`)}</td>
                        <td>
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={t("calendar.removeRow", { row: rowLabel })}
                            onClick={() => removeRow(list, index)}
                          >
                            {t("common.remove")}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <button type="button" className="button" onClick={() => addRow(list)}>
              {t(`calendar.${list}.add`)}
            </button>
          </fieldset>
        );
      })}

      <SaveBar
        saving={saving}
        saved={saved && !dirty}
        error={error}
        displayedFields={displayedFields}
        version={calendar.version}
        onReload={onReload}
      />
    </form>
  );
}
