import { DatePicker, Form } from "antd";
import type { NamePath } from "antd/es/form/interface";
import dayjs, { type Dayjs } from "dayjs";
import type { ReactNode } from "react";

const ISO_DATE = "YYYY-MM-DD";

interface DateFormItemProps {
  name: NamePath;
  label: string;
  required?: boolean;
  extra?: ReactNode;
}

/** A calendar date picked with antd's DatePicker, kept in the form as "2026-03-05" like the API sends it. */
export function DateFormItem({ name, label, required, extra }: DateFormItemProps) {
  return (
    <Form.Item
      name={name}
      label={label}
      required={required}
      extra={extra}
      getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value, ISO_DATE) : null })}
      normalize={(value: Dayjs | null) => (value ? value.format(ISO_DATE) : "")}
    >
      <DatePicker format={ISO_DATE} style={{ width: "100%" }} />
    </Form.Item>
  );
}
