import { PlusOutlined } from "@ant-design/icons";
import { Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { LinkButton } from "@/components/LinkButton";
import { ListPage } from "@/components/ListPage";
import { useCatalogProducts } from "@/lib/catalog-products";
import { faultCategoryWords } from "@/lib/fault-category";
import { useStaffNames } from "@/lib/staff-names";
import { useUrlFilters } from "@/lib/use-url-filters";
import { REPORT_KINDS, useFaultCategories, useQualityReports, type QualityReport } from "../api/quality";

/** Product-quality and feedback forms, newest first, by product, fault category and kind. */
export function QualityReportsRoute() {
  const { t } = useTranslation();
  const nameOf = useStaffNames();
  const { search, choose } = useUrlFilters();
  const filter = {
    productId: search.get("productId") ?? undefined,
    faultCategory: search.get("faultCategory") ?? undefined,
    kind: REPORT_KINDS.find((value) => value === search.get("kind")),
  };
  const reports = useQualityReports(filter);
  const products = useCatalogProducts();
  const categories = useFaultCategories();
  const categoryName = (code: string) =>
    categories.data?.find((category) => category.code === code)?.name ?? faultCategoryWords(code);
  const filtered = !!(filter.productId || filter.faultCategory || filter.kind);
  const create = (
    <LinkButton type="primary" icon={<PlusOutlined />} to="/quality-reports/new">
      {t("quality.reports.create.open")}
    </LinkButton>
  );

  const columns: ColumnsType<QualityReport> = [
    {
      title: t("quality.reports.fields.number"),
      dataIndex: "number",
      render: (number: string, report) => (
        <>
          {number}
          <br />
          <Tag color={report.kind === "FEEDBACK" ? "purple" : "blue"}>{t(`quality.kind.${report.kind}`)}</Tag>
        </>
      ),
    },
    { title: t("quality.reports.fields.product"), dataIndex: "productName" },
    {
      title: t("quality.reports.fields.faultCategory"),
      dataIndex: "faultCategory",
      render: (code: string) => categoryName(code),
    },
    { title: t("quality.reports.fields.occurredOn"), dataIndex: "occurredOn" },
    {
      title: t("quality.reports.fields.workOrder"),
      dataIndex: "workOrderNumber",
      responsive: ["md"],
      render: (number: string | undefined, report) =>
        report.workOrderId ? <Link to={`/work-orders/${report.workOrderId}`}>{number ?? "…"}</Link> : "—",
    },
    {
      title: t("quality.reports.fields.recordedBy"),
      dataIndex: "recordedBy",
      responsive: ["lg"],
      render: (by: string) => nameOf(by),
    },
    {
      title: t("quality.reports.fields.description"),
      dataIndex: "description",
      responsive: ["xl"],
      render: (description: string) => (
        <Typography.Text ellipsis={{ tooltip: description }} style={{ maxWidth: 280 }}>
          {description}
        </Typography.Text>
      ),
    },
  ];

  return (
    <ListPage
      title={t("quality.reports.title")}
      description={t("quality.reports.description")}
      actions={create}
      filtersLabel={t("quality.reports.filter")}
      filters={
        <>
          <SelectFilter
            searchable
            label={t("quality.reports.fields.product")}
            placeholder={t("common.all")}
            value={filter.productId}
            onChange={(value) => choose("productId", value)}
            options={(products.data ?? []).map((product) => ({ value: product.id, label: product.name }))}
          />
          <SelectFilter
            searchable
            label={t("quality.reports.fields.faultCategory")}
            placeholder={t("common.all")}
            value={filter.faultCategory}
            onChange={(value) => choose("faultCategory", value)}
            options={(categories.data ?? []).map((category) => ({ value: category.code, label: category.name }))}
          />
          <SelectFilter
            label={t("quality.reports.fields.kind")}
            placeholder={t("common.all")}
            value={filter.kind}
            onChange={(value) => choose("kind", value)}
            options={REPORT_KINDS.map((value) => ({ value, label: t(`quality.kind.${value}`) }))}
          />
        </>
      }
    >
      <DataTable<QualityReport>
        caption={t("quality.reports.title")}
        columns={columns}
        rowKey="id"
        empty={{
          description: filtered ? t("quality.reports.noMatch") : t("quality.reports.empty"),
          action: filtered ? undefined : create,
        }}
        {...keysetTable(reports)}
      />
    </ListPage>
  );
}
