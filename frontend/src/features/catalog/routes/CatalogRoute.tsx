import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SEARCH_DELAY_MS } from "@/lib/customer-lookup";
import { useTenantFormat } from "@/lib/current-user";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { CATALOG_KINDS, useCatalogItems, useDeleteCatalogItem, type CatalogItem } from "../api/catalog";
import { CatalogItemForm } from "../components/CatalogItemForm";
import { tagColour } from "@/app/design/theme";

const KIND_COLOURS = { PRODUCT: "blue", PART: "purple", TOOL: tagColour.gold } as const;

function DeleteButton({ item }: { item: CatalogItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteCatalogItem(item.id);
  return (
    <>
      <Popconfirm
        title={t("catalog.confirmDelete", { code: item.code, name: item.name })}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          remove.mutateAsync().then(
            () => void message.success(t("catalog.deleted", { code: item.code })),
            () => undefined,
          )
        }
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          loading={remove.isPending}
          aria-label={t("catalog.deleteOf", { code: item.code })}
        >
          {t("common.remove")}
        </Button>
      </Popconfirm>
      {remove.error != null && <ProblemAlert error={remove.error} />}
    </>
  );
}

/** A product's warranty as "24 个月", with the fee of a repair after it and what it covers. */
function WarrantyTerms({ item }: { item: CatalogItem }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const terms = item.kind === "PRODUCT" ? item.warranty : undefined;
  if (!terms) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={0} style={{ maxWidth: 280 }}>
      <Typography.Text>
        {terms.months ? t("warranty.months", { count: terms.months }) : t("catalog.warranty.none")}
      </Typography.Text>
      {terms.outOfWarrantyFee && (
        <Typography.Text type="secondary">
          {t("warranty.repairFee", { fee: format.money(terms.outOfWarrantyFee) })}
        </Typography.Text>
      )}
      {terms.covers && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: terms.covers }}>
          {terms.covers}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Product models, spare parts and tools of the tenant. */
export function CatalogRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const [search, setSearch] = useSearchParams();
  const [text, setText] = useState(search.get("q") ?? "");
  const kind = CATALOG_KINDS.find((value) => value === search.get("kind"));
  const [editing, setEditing] = useState<CatalogItem | "new" | null>(null);
  const items = useCatalogItems(kind, useDebouncedValue(text, SEARCH_DELAY_MS));

  function choose(key: string, value: string | undefined) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  const columns: ColumnsType<CatalogItem> = [
    {
      title: t("catalog.fields.code"),
      dataIndex: "code",
      render: (code: string) => <Typography.Text strong>{code}</Typography.Text>,
    },
    { title: t("catalog.fields.name"), dataIndex: "name" },
    {
      title: t("catalog.fields.kind"),
      dataIndex: "kind",
      render: (value: CatalogItem["kind"]) => <Tag color={KIND_COLOURS[value]}>{t(`catalog.kind.${value}`)}</Tag>,
    },
    { title: t("catalog.fields.unit"), dataIndex: "unit", responsive: ["md"] },
    {
      title: t("catalog.fields.price"),
      dataIndex: "price",
      align: "right",
      render: (price: string | undefined) =>
        price ? format.money(price) : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t("catalog.fields.origin"),
      key: "origin",
      responsive: ["lg"],
      render: (_, item) => (
        <Space size={4} wrap>
          {item.domestic && <Tag color="green">{t("catalog.fields.domestic")}</Tag>}
          {item.centralProcurement && <Tag color="blue">{t("catalog.fields.centralProcurement")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("catalog.warranty.column"),
      key: "warranty",
      render: (_, item) => <WarrantyTerms item={item} />,
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, item) => (
        <Space size="small" wrap>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t("catalog.editOf", { code: item.code })}
            onClick={() => setEditing(item)}
          >
            {t("common.edit")}
          </Button>
          <DeleteButton item={item} />
        </Space>
      ),
    },
  ];

  return (
    <ListPage
      title={t("catalog.title")}
      description={t("catalog.description")}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          {t("catalog.create.open")}
        </Button>
      }
      filters={
        <>
          <Form.Item label={t("catalog.search")} htmlFor="filter-catalog-search">
            <Input.Search
              id="filter-catalog-search"
              allowClear
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                choose("q", e.target.value.trim());
              }}
            />
          </Form.Item>
          <Form.Item label={t("catalog.fields.kind")} htmlFor="filter-catalog-fields-kind">
            <Select
              id="filter-catalog-fields-kind"
              allowClear
              placeholder={t("common.all")}
              style={{ minWidth: 140 }}
              value={kind}
              onChange={(value?: string) => choose("kind", value)}
              options={CATALOG_KINDS.map((value) => ({ value, label: t(`catalog.kind.${value}`) }))}
            />
          </Form.Item>
        </>
      }
    >
      <DataTable<CatalogItem>
        caption={t("catalog.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: t("catalog.empty"),
          action: (
            <Button type="primary" onClick={() => setEditing("new")}>
              {t("catalog.create.open")}
            </Button>
          ),
        }}
        {...keysetTable(items)}
      />
      <Modal
        open={editing !== null}
        title={
          editing === "new" ? t("catalog.create.title") : editing ? t("catalog.edit.title", { code: editing.code }) : ""
        }
        footer={null}
        destroyOnHidden
        onCancel={() => setEditing(null)}
      >
        {editing !== null && (
          <CatalogItemForm
            key={editing === "new" ? "new" : `${editing.id}-${editing.version}`}
            item={editing === "new" ? undefined : editing}
            onSaved={() => setEditing(null)}
          />
        )}
      </Modal>
    </ListPage>
  );
}
