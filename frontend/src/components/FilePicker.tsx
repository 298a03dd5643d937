import { CameraOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Flex, Typography } from "antd";
import { useId, useRef } from "react";

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
 * An antd button that opens the file chooser (or the camera). Picked files are handed over at once and the input is
 * cleared, so the same file can be picked again after a failed upload. The hidden input is named by the button's
 * text, so tests and browser automation can hand it files.
 */
export function FilePicker({
  label,
  accept,
  capture,
  multiple,
  disabled,
  large,
  primary,
  hint,
  onFiles,
}: FilePickerProps) {
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const Icon = capture ? CameraOutlined : UploadOutlined;
  return (
    <Flex vertical gap={4} style={large ? { flex: "1 1 200px" } : undefined}>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
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
      <Button
        type={primary ? "primary" : "default"}
        size={large ? "large" : "middle"}
        block={large}
        disabled={disabled}
        icon={<Icon aria-hidden />}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      {hint && (
        <Typography.Text id={hintId} type="secondary">
          {hint}
        </Typography.Text>
      )}
    </Flex>
  );
}
