import { Form, Input, Select } from "antd";
import { useId } from "react";

/** A labelled text search (the label names the control for assistive technology) of a list's filter bar; the list reads it from the URL. */
export function SearchFilter({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id}>
      <Input.Search
        id={id}
        allowClear
        value={value}
        placeholder={placeholder}
        style={{ minWidth: 200 }}
        onChange={(e) => onChange(e.target.value)}
      />
    </Form.Item>
  );
}

/** A labelled choice of a list's filter bar; clearing it shows all ("All" as its placeholder). */
export function SelectFilter<Value extends string>({
  label,
  value,
  options,
  onChange,
  placeholder,
  searchable = false,
}: {
  label: string;
  value: Value | undefined;
  options: { value: Value; label: string }[];
  onChange: (value: Value | undefined) => void;
  placeholder: string;
  /** A longer list (products, categories): typing narrows it by the options' text. */
  searchable?: boolean;
}) {
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select
        id={id}
        allowClear
        showSearch={searchable ? { optionFilterProp: "label" } : undefined}
        placeholder={placeholder}
        style={{ minWidth: searchable ? 180 : 140 }}
        value={value}
        onChange={(next?: Value) => onChange(next)}
        options={options}
      />
    </Form.Item>
  );
}
