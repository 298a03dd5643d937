import { Select, type SelectProps } from "antd";
import { useInstallerDirectory } from "@/lib/directory";

interface InstallerPickerProps extends Omit<SelectProps<string>, "value" | "onChange" | "options"> {
  /** The chosen installer's id (given by the enclosing Form.Item). */
  value?: string;
  onChange?: (installerId: string | undefined) => void;
  /** The empty choice's text: "All" in a filter, "the order's lead installer" in a form. */
  placeholder: string;
  /** A name for the value while the directory is not known yet (e.g. from the record itself). */
  fallbackName?: string;
}

/**
 * One of the tenant's installers, picked by name and searchable by typing, as an antd Select for a `Form.Item`
 * or a filter bar (office staff only: the list needs the installers API).
 */
export function InstallerPicker({
  value,
  onChange,
  placeholder,
  fallbackName,
  style,
  ...select
}: InstallerPickerProps) {
  const directory = useInstallerDirectory();
  const options = (directory.data ?? []).map((entry) => ({ value: entry.id, label: entry.name }));
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: fallbackName ?? "…" });
  }
  return (
    <Select<string>
      {...select}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      loading={directory.isPending}
      placeholder={placeholder}
      style={{ minWidth: 180, ...style }}
      value={value || undefined}
      onChange={(next?: string) => onChange?.(next)}
      options={options}
    />
  );
}
