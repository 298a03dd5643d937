import { useQuery } from "@tanstack/react-query";
import { Select, Spin } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import { useDebouncedValue } from "@/lib/use-debounced-value";

/** A work order as a picker holds it: its id, shown by its number and customer. */
export interface PickedWorkOrder {
  value: string;
  label: string;
}

interface WorkOrderPickerProps {
  id?: string;
  /** Several orders (a trip's) or one (an order given to a partner). */
  multiple?: boolean;
  value?: PickedWorkOrder | PickedWorkOrder[] | null;
  onChange?: (value: PickedWorkOrder | PickedWorkOrder[] | null) => void;
  placeholder?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

/**
 * Finds work orders as the header's search does (number, customer name or phone) and keeps the chosen ones by
 * id, shown by number and customer: nobody copies an id from an order's page.
 */
export function WorkOrderPicker({ multiple = false, value, onChange, placeholder, ...input }: WorkOrderPickerProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), 300);
  const hits = useQuery({
    queryKey: ["search", q],
    enabled: q.length >= 2,
    queryFn: async () => unwrap(await api.GET("/api/v1/search", { params: { query: { q } } })),
  });
  const options = (hits.data?.workOrders ?? []).map((order) => ({
    value: order.id,
    label: [order.number, order.customerName, order.siteAddress].filter(Boolean).join(" · "),
  }));
  return (
    <Select<PickedWorkOrder | PickedWorkOrder[]>
      {...input}
      mode={multiple ? "multiple" : undefined}
      labelInValue
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder={placeholder ?? t("workOrderPicker.placeholder")}
      notFoundContent={
        hits.isFetching ? (
          <Spin size="small" />
        ) : q.length < 2 ? (
          t("workOrderPicker.typeMore")
        ) : (
          t("workOrderPicker.none")
        )
      }
      options={options}
      style={{ width: "100%" }}
    />
  );
}
