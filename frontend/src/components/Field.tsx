import { useId, type ReactNode } from "react";

/** Accessibility wiring a form control needs from its {@link Field}. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldProps {
  label: string;
  /** Already translated message shown under the control. */
  error?: string | undefined;
  /** Unit or short hint shown right of the control, e.g. "分钟" or "CNY". */
  suffix?: string | undefined;
  hint?: string | undefined;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ label, error, suffix, hint, className, children }: FieldProps) {
  const id = useId();
  const suffixId = suffix ? `${id}-suffix` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, suffixId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field__control">
        {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
        {suffix && (
          <span id={suffixId} className="field__suffix">
            {suffix}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
