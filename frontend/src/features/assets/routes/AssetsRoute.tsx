import { PlusOutlined } from "@ant-design/icons";
import { Button, Form, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { RecordFormDialog } from "@/components/RecordFormDialog";
import { EditDeleteActions } from "@/components/ConfirmDeleteButton";
import { SearchFilter } from "@/components/FilterItems";
import { AssetWarrantyFacts } from "@/components/AssetWarranty";
import { WarrantyBadge } from "@/components/WarrantyBadge";
import { SEARCH_DELAY_MS, useCustomer } from "@/lib/customer-lookup";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useAssetList, useDeleteAssetById, useReloadAssets, type Asset } from "../api/assets";
import { AssetForm } from "../components/AssetForm";

/** Installed products, found by the start of the serial number or plate, or by customer. */
export function AssetsRoute() {
  const { t } = useTranslation();
  const { search, choose } = useUrlFilters();
  const [serial, setSerial] = useState(search.get("serial") ?? "");
  const [plate, setPlate] = useState(search.get("plate") ?? "");
  const customerId = search.get("customerId") ?? "";
  const customer = useCustomer(customerId || null);
  const reload = useReloadAssets();
  const deleteAsset = useDeleteAssetById();
  const [editing, setEditing] = useState<Asset | "new" | null>(null);
  const assets = useAssetList({
    serial: useDebouncedValue(serial.trim(), SEARCH_DELAY_MS),
    plate: useDebouncedValue(plate.trim(), SEARCH_DELAY_MS),
    customerId,
  });

  const columns: ColumnsType<Asset> = [
    {
      title: t("assets.fields.serialNumber"),
      dataIndex: "serialNumber",
      render: (value: string) => <Typography.Text strong>{value}</Typography.Text>,
    },
    { title: t("assets.fields.product"), dataIndex: "productName" },
    {
      title: t("assets.fields.customer"),
      dataIndex: "customerName",
      render: (name: string, asset) => <Link to={`/customers/${asset.customerId}`}>{name}</Link>,
    },
    { title: t("assets.fields.vehiclePlate"), dataIndex: "vehiclePlate", responsive: ["md"] },
    {
      title: t("assets.fields.terminalAndSim"),
      key: "terminal",
      responsive: ["lg"],
      render: (_, asset) => [asset.terminalId, asset.simId].filter(Boolean).join(" / ") || "—",
    },
    { title: t("assets.fields.contractNumber"), dataIndex: "contractNumber", responsive: ["lg"] },
    { title: t("assets.fields.installDate"), dataIndex: "installDate", responsive: ["md"] },
    {
      title: t("assets.fields.warranty"),
      key: "warranty",
      render: (_, asset) => <WarrantyBadge underWarranty={asset.underWarranty} warrantyEnd={asset.warrantyEnd} />,
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, asset) => (
        <EditDeleteActions
          editLabel={t("assets.editOf", { serial: asset.serialNumber })}
          onEdit={() => setEditing(asset)}
          confirm={t("assets.confirmDelete", { serial: asset.serialNumber })}
          label={t("assets.deleteOf", { serial: asset.serialNumber })}
          deleted={t("assets.deleted", { serial: asset.serialNumber })}
          onDelete={() => deleteAsset(asset.id)}
        />
      ),
    },
  ];

  return (
    <ListPage
      title={t("assets.title")}
      description={t("assets.description")}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          {t("assets.create.open")}
        </Button>
      }
      filtersLabel={t("assets.filter")}
      filters={
        <>
          <SearchFilter
            label={t("assets.filterSerial")}
            value={serial}
            onChange={(text) => {
              setSerial(text);
              choose("serial", text.trim());
            }}
          />
          <SearchFilter
            label={t("assets.filterPlate")}
            value={plate}
            onChange={(text) => {
              setPlate(text);
              choose("plate", text.trim());
            }}
          />
          {customerId && (
            <Form.Item label={t("assets.fields.customer")} htmlFor="filter-assets-fields-customer">
              <Tag
                id="filter-assets-fields-customer"
                color="blue"
                closable
                closeIcon={<span aria-label={t("assets.clearCustomer")}>×</span>}
                onClose={() => choose("customerId", "")}
              >
                {customer.data?.name ?? t("common.loading")}
              </Tag>
            </Form.Item>
          )}
        </>
      }
    >
      <DataTable<Asset>
        caption={t("assets.title")}
        columns={columns}
        rowKey="id"
        expandable={{ expandedRowRender: (asset) => <AssetWarrantyFacts asset={asset} /> }}
        empty={{
          description: serial || plate || customerId ? t("assets.noMatch") : t("assets.empty"),
          action: (
            <Button type="primary" onClick={() => setEditing("new")}>
              {t("assets.create.open")}
            </Button>
          ),
        }}
        {...keysetTable(assets)}
      />
      <RecordFormDialog<Asset>
        editing={editing}
        onClose={() => setEditing(null)}
        width={720}
        newTitle={t("assets.create.title")}
        editTitle={(asset) => t("assets.edit.title", { serial: asset.serialNumber })}
      >
        {(asset) => (
          <AssetForm
            asset={asset}
            customerId={customerId}
            onSaved={() => setEditing(null)}
            onReload={() => {
              setEditing(null);
              void reload();
            }}
          />
        )}
      </RecordFormDialog>
    </ListPage>
  );
}
