import { useId, type ReactNode } from "react";

interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Already translated message shown under the box. */
  error?: string | undefined;
  disabled?: boolean;
}

/** A checkbox that can carry a field error, like {@link Field} does for other controls. */
export function CheckboxField({ name, label, checked, onChange, error, disabled }: CheckboxFieldProps) {
  const errorId = `${useId()}-error`;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="checkbox checkbox--large">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
