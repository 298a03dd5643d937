import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/DataTable";
import { ListPage } from "@/components/ListPage";
import { RecordFormDialog } from "@/components/RecordFormDialog";
import { tagColour } from "@/app/design/theme";
import { useCatalogProducts } from "@/lib/catalog-products";
import { useFaultCategories, useReloadFaultCategories, type FaultCategory } from "../api/quality";
import { FaultCategoryForm } from "../components/FaultCategoryForm";
import { RouteTag } from "../components/WarningTags";

const ROUTE_OF = { TECHNICAL: "ENGINEERING", SERVICE: "TRAINING" } as const;

/** The manager's fault categories: each one's class says whether its warnings go to engineering or training. */
export function FaultCategoriesRoute() {
  const { t, i18n } = useTranslation();
  const categories = useFaultCategories();
  const products = useCatalogProducts();
  const reload = useReloadFaultCategories();
  const [editing, setEditing] = useState<FaultCategory | "new" | null>(null);
  const productName = (id: string) => products.data?.find((product) => product.id === id)?.name ?? "…";

  const columns: ColumnsType<FaultCategory> = [
    {
      title: t("quality.categories.fields.name"),
      dataIndex: "name",
      render: (name: string, category) => (
        <>
          <Typography.Text strong>{name}</Typography.Text>
          <br />
          <Typography.Text type="secondary" code>
            {category.code}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t("quality.categories.fields.faultClass"),
      dataIndex: "faultClass",
      render: (faultClass: FaultCategory["faultClass"]) => (
        <>
          {t(`quality.faultClass.${faultClass}`)} → <RouteTag routedTo={ROUTE_OF[faultClass]} />
        </>
      ),
    },
    {
      title: t("quality.categories.fields.products"),
      dataIndex: "productIds",
      responsive: ["md"],
      render: (ids: string[]) =>
        ids.length === 0 ? (
          <Typography.Text type="secondary">{t("quality.categories.allProducts")}</Typography.Text>
        ) : (
          ids.map(productName).join(i18n.language.startsWith("zh") ? "、" : ", ")
        ),
    },
    {
      title: t("quality.categories.fields.active"),
      dataIndex: "active",
      render: (active: boolean) =>
        active ? (
          <Tag color={tagColour.green}>{t("quality.categories.active")}</Tag>
        ) : (
          <Tag>{t("quality.categories.inactive")}</Tag>
        ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, category) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t("quality.categories.edit.title", { name: category.name })}
          onClick={() => setEditing(category)}
        >
          {t("common.edit")}
        </Button>
      ),
    },
  ];

  const createButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
      {t("quality.categories.create.open")}
    </Button>
  );

  return (
    <ListPage
      title={t("quality.categories.title")}
      description={t("quality.categories.description")}
      actions={createButton}
    >
      <DataTable<FaultCategory>
        caption={t("quality.categories.title")}
        columns={columns}
        rowKey="id"
        rows={categories.data}
        loading={categories.isPending}
        error={categories.isError ? categories.error : undefined}
        onRetry={() => void categories.refetch()}
        empty={{ description: t("quality.categories.empty"), action: createButton }}
      />
      <RecordFormDialog<FaultCategory>
        editing={editing}
        onClose={() => setEditing(null)}
        newTitle={t("quality.categories.create.title")}
        editTitle={(category) => t("quality.categories.edit.title", { name: category.name })}
      >
        {(category) => (
          <FaultCategoryForm
            category={category}
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
