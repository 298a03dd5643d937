import { useId } from "react";
import type { DirectoryEntry } from "@/lib/directory";

interface PeoplePickerProps {
  /** Already translated legend of the group. */
  label: string;
  /** Form key of the group: the JSON path the server's field errors use (e.g. "personIds"). */
  name: string;
  options: readonly DirectoryEntry[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Already translated message shown under the group. */
  error?: string | undefined;
}

/** Several people (or places) picked by checkbox: the people of a trip or a secondment. */
export function PeoplePicker({ label, name, options, selected, onChange, error }: PeoplePickerProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset
      className={error ? "field field--invalid field--block" : "field field--block"}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{label}</legend>
      <div className="checkbox-row">
        {options.map((option) => (
          <label key={option.id} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={selected.includes(option.id)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id))
              }
            />
            <span>{option.name}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
