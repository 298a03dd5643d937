import { SearchOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AutoComplete, Flex, Input, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useDebouncedValue } from "@/lib/use-debounced-value";

const MIN_LENGTH = 2;
const DELAY_MS = 250;

/**
 * The header's search: an order or connection application number, a customer's name or phone (any spelling of it,
 * also a caller's), a plate or a serial; the hits grouped by kind, each opening its record.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const api = useApiClient();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), DELAY_MS);
  const results = useQuery({
    queryKey: ["search", q],
    queryFn: async () => unwrap(await api.GET("/api/v1/search", { params: { query: { q } } })),
    enabled: q.length >= MIN_LENGTH,
    staleTime: 10_000,
    // While the next keystroke's answer is on its way the list stays as it was, instead of closing and reopening.
    placeholderData: keepPreviousData,
  });

  const data = q.length >= MIN_LENGTH && text.trim().length >= MIN_LENGTH ? results.data : undefined;
  const options = data
    ? [
        {
          label: t("nav.search.workOrders"),
          options: data.workOrders.map((order) => ({
            value: `/work-orders/${order.id}`,
            label: (
              <Flex justify="space-between" gap={8}>
                <span>
                  <Typography.Text strong>{order.number}</Typography.Text> {order.customerName}
                  {order.siteAddress && <Typography.Text type="secondary"> · {order.siteAddress}</Typography.Text>}
                </span>
                <span>
                  {order.scheduledStart && (
                    <Typography.Text type="secondary">{format.dateTime(order.scheduledStart)} </Typography.Text>
                  )}
                  <Tag>{t(`workOrders.status.${order.status}`)}</Tag>
                </span>
              </Flex>
            ),
          })),
        },
        {
          label: t("nav.search.customers"),
          options: data.customers.map((customer) => ({
            value: `/customers/${customer.id}`,
            label: (
              <span>
                {customer.name} {customer.phone && <Typography.Text type="secondary">{customer.phone}</Typography.Text>}
              </span>
            ),
          })),
        },
        {
          label: t("nav.search.assets"),
          options: data.assets.map((asset) => ({
            value: `/customers/${asset.customerId}?asset=${asset.id}`,
            label: (
              <span>
                {asset.label}{" "}
                <Typography.Text type="secondary">
                  {[asset.plateNumber, asset.serialNumber, asset.customerName].filter(Boolean).join(" · ")}
                </Typography.Text>
              </span>
            ),
          })),
        },
        {
          label: t("nav.search.connectionApplications"),
          options: data.connectionApplications.map((application) => ({
            value: `/connection-applications/${application.id}`,
            label: (
              <Flex justify="space-between" gap={8}>
                <span>
                  <Typography.Text strong>{application.number}</Typography.Text> {application.customerName}
                  <Typography.Text type="secondary"> · {application.siteAddress}</Typography.Text>
                </span>
                <span>
                  <Typography.Text type="secondary">
                    {t(`connections.class.${application.supplyClass}`)}{" "}
                  </Typography.Text>
                  <Tag>{t(`connections.status.${application.status}`)}</Tag>
                </span>
              </Flex>
            ),
          })),
        },
      ].filter((group) => group.options.length > 0)
    : [];

  const hint =
    text.trim().length > 0 && text.trim().length < MIN_LENGTH
      ? t("nav.search.tooShort")
      : data && options.length === 0
        ? t("nav.search.none", { query: q })
        : null;

  return (
    <AutoComplete
      style={{ width: "100%" }}
      value={text}
      options={options}
      onChange={setText}
      onSelect={(path: string) => {
        setText("");
        void navigate(path);
      }}
      notFoundContent={hint}
      popupMatchSelectWidth={false}
      // At most four groups of eight: a plain list, which screen readers and scrolling into view handle as one.
      virtual={false}
    >
      <Input
        aria-label={t("nav.search.label")}
        placeholder={t("nav.search.placeholder")}
        prefix={<SearchOutlined />}
        allowClear
      />
    </AutoComplete>
  );
}
