import { useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field, type ControlProps } from "@/components/Field";
import { SaveBar } from "@/components/SaveBar";
import { fieldErrorsOf } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { focusFirstInvalid } from "@/lib/validation";
import {
  CONSEQUENCES,
  allSettingsFields,
  fieldsOf,
  settingsSections,
  toFormValues,
  toTenantSettings,
  validateSettings,
  type FieldProblem,
  type SettingsField,
  type SettingsFormValues,
  type TenantSettings,
} from "../model/settings-form";

interface SettingsFormProps {
  settings: TenantSettings;
  saving: boolean;
  saved: boolean;
  error: unknown;
  onSave: (settings: TenantSettings) => void;
  onReload: () => void;
}

const ALL_PATHS: ReadonlySet<string> = new Set(allSettingsFields().map((field) => field.path));

export function SettingsForm({ settings, saving, saved, error, onSave, onReload }: SettingsFormProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(settings));
  const [clientProblems, setClientProblems] = useState<Record<string, FieldProblem>>({});
  const [dirty, setDirty] = useState(false);
  // Server messages stay until the manager edits that field or saves again.
  const [editedAfterError, setEditedAfterError] = useState<{ error: unknown; paths: Set<string> }>({
    error,
    paths: new Set(),
  });
  const edited = editedAfterError.error === error ? editedAfterError.paths : new Set<string>();
  const serverErrors = useMemo(() => fieldErrorsOf(error), [error]);

  function messageFor(path: string): string | undefined {
    const problem = clientProblems[path];
    if (problem) return t(`validation.${problem.key}`, problem.values ?? {});
    return edited.has(path) ? undefined : serverErrors[path];
  }

  function change(path: string, value: string) {
    setValues((current) => ({ ...current, [path]: value }));
    setDirty(true);
    setClientProblems(({ [path]: _removed, ...rest }) => rest);
    setEditedAfterError({ error, paths: new Set(edited).add(path) });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateSettings(values);
    setClientProblems(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(problems));
      return;
    }
    setEditedAfterError({ error: undefined, paths: new Set() });
    onSave(toTenantSettings(values, settings.version));
  }

  function suffixFor(field: SettingsField): string | undefined {
    switch (field.spec.kind) {
      case "integer":
        return t(`units.${field.spec.unit}`);
      case "money":
        return format.currency;
      case "percent":
        return t("units.percent");
      default:
        return undefined;
    }
  }

  function control(field: SettingsField, props: ControlProps) {
    const common = {
      ...props,
      name: field.path,
      value: values[field.path] ?? "",
      onChange: (event: { target: { value: string } }) => change(field.path, event.target.value),
    };
    switch (field.spec.kind) {
      case "consequence":
        return (
          <select {...common} className="input">
            {CONSEQUENCES.map((consequence) => (
              <option key={consequence} value={consequence}>
                {t(`consequence.${consequence}`)}
              </option>
            ))}
          </select>
        );
      case "time":
        return <input {...common} type="time" className="input input--time" />;
      case "integer":
        return <input {...common} type="text" inputMode="numeric" autoComplete="off" className="input input--number" />;
      default:
        return <input {...common} type="text" inputMode="decimal" autoComplete="off" className="input input--number" />;
    }
  }

  return (
    <form ref={formRef} className="settings-form" onSubmit={submit} noValidate>
      {settingsSections().map((section) => (
        <fieldset key={section} className="panel">
          <legend className="panel__title">{t(`settings.sections.${section}.title`)}</legend>
          <p className="panel__description">{t(`settings.sections.${section}.description`)}</p>
          <div className="field-grid">
            {fieldsOf(section).map((field) => (
              <Field
                key={field.path}
                label={t(`settings.fields.${field.path}` as "settings.fields.dispatch.lateGraceMinutes")}
                suffix={suffixFor(field)}
                error={messageFor(field.path)}
              >
                {(props) => control(field, props)}
              </Field>
            ))}
          </div>
        </fieldset>
      ))}

      <SaveBar
        saving={saving}
        saved={saved && !dirty}
        error={error}
        displayedFields={ALL_PATHS}
        version={settings.version}
        onReload={onReload}
      />
    </form>
  );
}
