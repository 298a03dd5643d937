import { PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { PhoneLink } from "@/components/PhoneLink";
import { MIN_PHONE_DIGITS, needsMoreDigits, phoneDigits, SEARCH_DELAY_MS } from "@/lib/customer-lookup";
import { useTenantFormat } from "@/lib/current-user";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useCustomerList, type CustomerSummary } from "../api/customers";
import { CustomerForm } from "../components/CustomerForm";
import { CUSTOMER_KINDS } from "../model/customer-form";

/** The tenant's customers, found by name or phone; a new one is registered here. */
export function CustomersRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const { search, choose } = useUrlFilters();
  const [text, setText] = useState(search.get("q") ?? "");
  const kind = CUSTOMER_KINDS.find((value) => value === search.get("kind"));
  const [creating, setCreating] = useState(false);
  const settled = useDebouncedValue(text, SEARCH_DELAY_MS);
  // Fewer than 3 digits are not searched yet: the list stays as it was.
  const customers = useCustomerList(needsMoreDigits(settled) ? "" : settled, kind);

  const columns: ColumnsType<CustomerSummary> = [
    {
      title: t("customers.fields.name"),
      dataIndex: "name",
      render: (name: string, customer) => <Link to={`/customers/${customer.id}`}>{name}</Link>,
    },
    {
      title: t("customers.fields.kind"),
      dataIndex: "kind",
      render: (value: CustomerSummary["kind"]) => (
        <Tag color={value === "COMPANY" ? "geekblue" : "blue"}>{t(`customerKind.${value}`)}</Tag>
      ),
    },
    { title: t("customers.fields.phone"), dataIndex: "phone", render: (phone: string) => <PhoneLink phone={phone} /> },
    { title: t("customers.fields.email"), dataIndex: "email", responsive: ["lg"] },
    {
      title: t("customers.fields.createdAt"),
      dataIndex: "createdAt",
      responsive: ["md"],
      render: (at: string) => format.dateTime(at),
    },
  ];
  const openCreate = () => setCreating(true);

  return (
    <ListPage
      title={t("customers.title")}
      description={t("customers.description")}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
          {t("customers.create.open")}
        </Button>
      }
      filtersLabel={t("customers.filter")}
      filters={
        <>
          <Form.Item
            label={t("customers.search")}
            help={
              needsMoreDigits(text)
                ? t("customerSearch.moreDigits", { count: MIN_PHONE_DIGITS - phoneDigits(text).length })
                : undefined
            }
          >
            <Input.Search
              allowClear
              value={text}
              placeholder={t("customerSearch.placeholder")}
              style={{ minWidth: 240 }}
              onChange={(e) => {
                setText(e.target.value);
                choose("q", e.target.value.trim());
              }}
            />
          </Form.Item>
          <SelectFilter
            label={t("customers.fields.kind")}
            placeholder={t("common.all")}
            value={kind}
            onChange={(value) => choose("kind", value)}
            options={CUSTOMER_KINDS.map((value) => ({ value, label: t(`customerKind.${value}`) }))}
          />
        </>
      }
    >
      <DataTable<CustomerSummary>
        caption={t("customers.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: text || kind ? t("customers.noMatch") : t("customers.empty"),
          action: (
            <Button type="primary" onClick={openCreate}>
              {t("customers.create.open")}
            </Button>
          ),
        }}
        {...keysetTable(customers)}
      />
      <Modal
        open={creating}
        title={t("customers.create.title")}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && <CustomerForm onSaved={(customer) => void navigate(`/customers/${customer.id}`)} />}
      </Modal>
    </ListPage>
  );
}
