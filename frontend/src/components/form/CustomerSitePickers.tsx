import { Select } from "antd";
import { useEffect, useState, type AriaAttributes } from "react";
import { useTranslation } from "react-i18next";
import { useCustomer, useCustomerSearch } from "@/lib/customer-lookup";

interface PickerProps extends AriaAttributes {
  /** The chosen id, or "" for none (as antd's Form.Item passes it). */
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
  disabled?: boolean;
  /** Set by antd's Form.Item: the field's error and hint, read out with the control. */
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

/** A customer found by name or phone as one types; shows the chosen one by name. For antd's Form.Item. */
export function CustomerPicker({ value, onChange, id, disabled, ...aria }: PickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const { query } = useCustomerSearch(text, 10);
  const chosen = useCustomer(value || null);
  const found = query.data?.items ?? [];
  const options = found.map((customer) => ({ value: customer.id, label: `${customer.name} · ${customer.phone}` }));
  if (value && chosen.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: `${chosen.data.name} · ${chosen.data.phone}` });
  }
  return (
    <Select
      {...aria}
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      disabled={disabled}
      value={value || undefined}
      placeholder={t("customerSearch.placeholder")}
      loading={query.isFetching}
      notFoundContent={text ? t("customerSearch.noMatch") : null}
      options={options}
      onChange={(next?: string) => onChange?.(next ?? "")}
    />
  );
}

interface SitePickerProps extends PickerProps {
  customerId: string;
}

/**
 * One of the customer's sites, shown as its address (never an id); the only site is chosen at once, as a
 * dispatcher expects.
 */
export function SitePicker({ customerId, value, onChange, id, disabled, ...aria }: SitePickerProps) {
  const { t } = useTranslation();
  const customer = useCustomer(customerId || null);
  const sites = customer.data?.sites ?? [];
  const only = sites.length === 1 ? sites[0]!.id : null;
  useEffect(() => {
    if (only && !value) onChange?.(only);
  }, [only, value, onChange]);
  return (
    <Select
      {...aria}
      id={id}
      allowClear
      disabled={disabled || !customerId}
      value={value || undefined}
      placeholder={
        customerId && customer.data && sites.length === 0 ? t("customerSearch.noSites") : t("customerSearch.noSite")
      }
      options={sites.map((site) => ({
        value: site.id,
        label: site.label ? `${site.address}（${site.label}）` : site.address,
      }))}
      onChange={(next?: string) => onChange?.(next ?? "")}
    />
  );
}
