import { useQuery } from "@tanstack/react-query";
import { Select, Typography, type SelectProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import { useDebouncedValue } from "@/lib/use-debounced-value";

const MIN_LENGTH = 2;
const DELAY_MS = 250;

interface WorkOrderPickerProps extends Omit<SelectProps<string>, "value" | "onChange" | "options"> {
  /** The chosen order's id (given by the enclosing Form.Item). */
  value?: string;
  onChange?: (workOrderId: string | undefined) => void;
}

/**
 * A work order found by its number or its customer's name or phone, shown as "WO-000042 · 王芳 · address"; the
 * form keeps its id. An order given beforehand (opened from the order's page) is shown by its number.
 */
export function WorkOrderPicker({ value, onChange, placeholder, ...select }: WorkOrderPickerProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), DELAY_MS);
  const hits = useQuery({
    queryKey: ["search", q],
    queryFn: async () => unwrap(await api.GET("/api/v1/search", { params: { query: { q } } })),
    enabled: q.length >= MIN_LENGTH,
    staleTime: 10_000,
  });
  const found = hits.data?.workOrders ?? [];
  const known = !value || found.some((order) => order.id === value);
  const given = useQuery({
    queryKey: ["work-orders", "detail", value],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/work-orders/{workOrderId}", { params: { path: { workOrderId: value! } } })),
    enabled: !known,
    staleTime: 60_000,
  });
  const options = found.map((order) => ({
    value: order.id,
    label: [order.number, order.customerName, order.siteAddress].filter(Boolean).join(" · "),
  }));
  if (!known && value) {
    options.unshift({ value, label: given.data?.order.number ?? t("workOrderPicker.loading") });
  }
  return (
    <Select<string>
      {...select}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={placeholder ?? t("workOrderPicker.placeholder")}
      loading={hits.isFetching}
      value={value || undefined}
      onChange={(next?: string) => {
        setText("");
        onChange?.(next);
      }}
      options={options}
      notFoundContent={
        <Typography.Text type="secondary">
          {q.length < MIN_LENGTH ? t("workOrderPicker.typeMore") : t("workOrderPicker.none")}
        </Typography.Text>
      }
      style={{ minWidth: 240 }}
    />
  );
}
