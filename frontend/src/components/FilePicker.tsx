import { useId } from "react";

interface FilePickerProps {
  /** The button's text, which is also the file input's accessible name. */
  label: string;
  /** File types offered, e.g. "image/*" or "image/*,application/pdf". */
  accept: string;
  /** Opens the camera on phones ("environment": the back camera). */
  capture?: "environment" | "user";
  multiple?: boolean;
  disabled?: boolean;
  /** A full-width button for the installer's phone. */
  large?: boolean;
  primary?: boolean;
  hint?: string | undefined;
  onFiles: (files: File[]) => void;
}

/**
 * A button that opens the file chooser (or the camera). Picked files are handed over at once and the input is
 * cleared, so the same file can be picked again after a failed upload.
 */
export function FilePicker({ label, accept, capture, multiple, disabled, large, primary, hint, onFiles }: FilePickerProps) {
  const hintId = useId();
  const classes = ["button", "file-picker", primary ? "button--primary" : "", large ? "button--large" : "", disabled ? "file-picker--disabled" : ""];
  return (
    <div className="file-picker__wrap">
      <label className={classes.filter(Boolean).join(" ")}>
        <input
          type="file"
          className="visually-hidden"
          accept={accept}
          {...(capture ? { capture } : {})}
          multiple={multiple}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
