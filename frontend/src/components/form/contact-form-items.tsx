import { Form, Input } from "antd";
import type { Rule } from "antd/es/form";
import type { NamePath } from "antd/es/form/interface";
import type { ReactNode } from "react";
import { useCurrentUser } from "@/lib/current-user";
import { phonePlaceholder } from "@/lib/phone-placeholder";

interface ItemProps {
  name: NamePath;
  label: string;
  required?: boolean;
  extra?: ReactNode;
  rules?: Rule[];
}

/** A phone field whose placeholder is a number of the tenant's country. */
export function PhoneFormItem({ name, label, required, extra, rules }: ItemProps) {
  const country = useCurrentUser().tenant?.country;
  return (
    <Form.Item name={name} label={label} required={required} extra={extra} rules={rules}>
      <Input type="tel" inputMode="tel" autoComplete="off" placeholder={phonePlaceholder(country)} />
    </Form.Item>
  );
}

/** A postal address as people write it on one or two lines. */
export function AddressFormItem({ name, label, required, extra, rules }: ItemProps) {
  return (
    <Form.Item name={name} label={label} required={required} extra={extra} rules={rules}>
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
    </Form.Item>
  );
}

/** An optional e-mail address. */
export function EmailFormItem({ name, label, required, extra, rules }: ItemProps) {
  return (
    <Form.Item name={name} label={label} required={required} extra={extra} rules={rules}>
      <Input type="email" autoComplete="off" />
    </Form.Item>
  );
}
