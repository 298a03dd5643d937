import type { HTMLAttributes } from "react";
import { Field } from "./Field";

interface TextFieldProps {
  label: string;
  /** Form key of the control: the JSON path the server's field errors use. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Already translated message shown under the control. */
  error?: string | undefined;
  hint?: string | undefined;
  suffix?: string | undefined;
  type?: "text" | "email" | "tel" | "date" | "search";
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  /** Extra classes of the input, e.g. "input--wide" or "mono". */
  inputClassName?: string;
  className?: string;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  autoFocus?: boolean;
  placeholder?: string | undefined;
}

/** A labelled text input (or textarea) with its error, the common case of {@link Field}. */
export function TextField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  suffix,
  type = "text",
  inputMode,
  inputClassName,
  className,
  rows,
  autoFocus,
  placeholder,
}: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} suffix={suffix} className={className}>
      {(props) =>
        rows ? (
          <textarea
            {...props}
            name={name}
            rows={rows}
            className={["input input--text", inputClassName].filter(Boolean).join(" ")}
            value={value}
            autoFocus={autoFocus}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...props}
            name={name}
            type={type}
            inputMode={inputMode}
            className={["input", inputClassName].filter(Boolean).join(" ")}
            autoComplete="off"
            value={value}
            autoFocus={autoFocus}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
