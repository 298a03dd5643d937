import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Form, Input, Radio, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { defined } from "@/components/form/defined";
import { useApiForm } from "@/components/form/use-api-form";
import { WorkOrderPicker } from "@/components/form/WorkOrderPicker";
import { PageHeader } from "@/components/PageHeader";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import { useCatalogProducts } from "@/lib/catalog-products";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { REPORT_KINDS, useCreateQualityReport, useFaultCategories, type QualityReport } from "../api/quality";
import {
  categoriesFor,
  toCreateQualityReportRequest,
  validateQualityReportForm,
  type QualityReportForm,
} from "../model/quality-report-form";

const RECORDERS = ["manager", "dispatcher", "installer"];
const OFFICE = ["manager", "dispatcher"];

/**
 * A product-quality form (the installer on site) or a feedback form (the office, from a call): the product or
 * the job's device, the fault category, what happened and the day. Opened from a job, it names the order.
 */
export function RecordQualityReportRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!RECORDERS.some((role) => me.roles.includes(role))) {
    return <Alert type="error" showIcon role="alert" title={t("errors.noAccess")} />;
  }
  return <RecordQualityReport />;
}

function RecordQualityReport() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const office = OFFICE.some((role) => me.roles.includes(role));
  const fromOrder = search.get("workOrderId") ?? "";
  const orderAsset = search.get("assetId") ?? "";
  const order = useOrderNumber(fromOrder);
  const products = useCatalogProducts();
  const categories = useFaultCategories(true);
  const create = useCreateQualityReport();
  const backTo = fromOrder && !office ? `/jobs/${fromOrder}` : office ? "/quality-reports" : "/jobs";
  const initialValues: QualityReportForm = {
    kind: fromOrder || !office ? "PRODUCT_QUALITY" : "FEEDBACK",
    productId: "",
    assetId: orderAsset,
    workOrderId: fromOrder,
    faultCategory: "",
    description: "",
    occurredOn: format.today(),
  };
  const full = (values: QualityReportForm) => ({ ...initialValues, ...defined(values) });
  const { form, onFinish, submitting, problem } = useApiForm<QualityReportForm, QualityReport>({
    submit: (values, idempotencyKey) =>
      create.mutateAsync({ body: toCreateQualityReportRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: QualityReportForm) => validateQualityReportForm(full(values)),
      (problem) => (problem === "product" ? t("quality.reports.productRequired") : t("validation.required")),
    ),
    success: (saved) => t("quality.reports.create.done", { number: saved.number }),
    onSuccess: () => void navigate(backTo),
  });
  const productId = Form.useWatch("productId", form) ?? "";
  const offered = categoriesFor(categories.data ?? [], productId);
  const title = t("quality.reports.create.title");

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, margin: "0 auto" }}>
      <div>
        <Link to={backTo}>
          <ArrowLeftOutlined /> {fromOrder && !office ? t("quality.reports.backToJob") : t("common.cancel")}
        </Link>
      </div>
      <PageHeader title={title} description={order ? t("quality.reports.forOrder", { number: order }) : undefined} />
      <Card size="small">
        <Form<QualityReportForm>
          form={form}
          layout="vertical"
          aria-label={title}
          initialValues={initialValues}
          onFinish={onFinish}
          disabled={submitting}
        >
          <Form.Item name="kind" label={t("quality.reports.fields.kind")}>
            <Radio.Group
              options={REPORT_KINDS.map((kind) => ({
                value: kind,
                label: (
                  <>
                    {t(`quality.kind.${kind}`)}
                    <br />
                    <Typography.Text type="secondary">{t(`quality.kindHint.${kind}`)}</Typography.Text>
                  </>
                ),
              }))}
              style={{ display: "flex", flexDirection: "column", gap: 8 }}
            />
          </Form.Item>
          <Form.Item
            name="productId"
            label={t("quality.reports.fields.product")}
            required={!orderAsset}
            extra={orderAsset ? t("quality.reports.orderDeviceHint") : undefined}
            getValueProps={(value?: string) => ({ value: value || undefined })}
            normalize={(value?: string) => value ?? ""}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              loading={products.isPending}
              placeholder={orderAsset ? t("quality.reports.orderDevice") : undefined}
              options={(products.data ?? []).map((product) => ({ value: product.id, label: product.name }))}
            />
          </Form.Item>
          <Form.Item
            name="faultCategory"
            label={t("quality.reports.fields.faultCategory")}
            required
            extra={categories.data?.length === 0 ? t("quality.reports.noCategories") : undefined}
            getValueProps={(value?: string) => ({ value: value || undefined })}
            normalize={(value?: string) => value ?? ""}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              loading={categories.isPending}
              placeholder={t("quality.reports.chooseCategory")}
              options={offered.map((category) => ({ value: category.code, label: category.name }))}
            />
          </Form.Item>
          <Form.Item name="description" label={t("quality.reports.fields.description")} required>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
          <DateFormItem name="occurredOn" label={t("quality.reports.fields.occurredOn")} />
          {office && !fromOrder && (
            <Form.Item name="workOrderId" label={t("quality.reports.fields.workOrder")}>
              <WorkOrderPicker />
            </Form.Item>
          )}
          {problem}
          <Form.Item style={{ marginBottom: 0, marginTop: 12 }}>
            <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
              {t("quality.reports.create.submit")}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </Flex>
  );
}

/** The number of the order the form is filled in on (the installer's own job, or any for the office). */
function useOrderNumber(workOrderId: string): string | undefined {
  const api = useApiClient();
  const order = useQuery({
    queryKey: ["work-orders", "detail", workOrderId],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/work-orders/{workOrderId}", { params: { path: { workOrderId } } })),
    enabled: !!workOrderId,
    staleTime: 60_000,
  });
  return order.data?.order.number;
}
