import { useId } from "react";

interface SegmentedFieldProps<Value extends string> {
  legend: string;
  name: string;
  options: readonly { value: Value; label: string }[];
  /** The chosen value, or "" while none is chosen. */
  value: Value | "";
  onChange: (value: Value) => void;
  /** Already translated message shown under the options. */
  error?: string | undefined;
}

/** One choice out of a few, as a row of radio buttons a person picks with one click. */
export function SegmentedField<Value extends string>({ legend, name, options, value, onChange, error }: SegmentedFieldProps<Value>) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className={error ? "inline-group field field--invalid" : "inline-group field"}>
      <legend className="field__label">{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label
            key={option.value}
            className={option.value === value ? "segmented__option segmented__option--on" : "segmented__option"}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={() => onChange(option.value)}
            />
            {option.label}
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
