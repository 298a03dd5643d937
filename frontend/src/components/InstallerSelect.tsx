import { useInstallerDirectory } from "@/lib/directory";
import { Field } from "./Field";

interface InstallerSelectProps {
  label: string;
  /** Form key of the control: the JSON path the server's field errors use. */
  name: string;
  /** The chosen installer's id, or "". */
  value: string;
  onChange: (installerId: string) => void;
  /** Already translated message shown under the control. */
  error?: string | undefined;
  /** Already translated text of the empty choice: "全部" in a filter, "请选择" in a form. */
  emptyLabel: string;
  /** A name to show for the value while the directory is not (yet) known, e.g. from the record itself. */
  fallbackName?: string | undefined;
}

/** One of the tenant's installers, picked by name (office staff only: the list needs the installers API). */
export function InstallerSelect({ label, name, value, onChange, error, emptyLabel, fallbackName }: InstallerSelectProps) {
  const directory = useInstallerDirectory();
  const options = directory.data ?? [];
  const known = value === "" || options.some((option) => option.id === value);
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select {...props} name={name} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{emptyLabel}</option>
          {!known && <option value={value}>{fallbackName ?? value}</option>}
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
