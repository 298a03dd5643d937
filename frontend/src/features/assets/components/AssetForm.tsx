import { Col, Form, Input, Row, Select, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { CustomerPicker, SitePicker } from "@/components/form/CustomerSitePickers";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { derivedWarrantyEnd } from "@/lib/warranty";
import { useCreateAsset, useProducts, useUpdateAsset, type Asset } from "../api/assets";
import {
  assetFormOf,
  emptyAssetForm,
  toCreateAssetRequest,
  toUpdateAssetRequest,
  validateAssetForm,
  type AssetForm as AssetFormState,
} from "../model/asset-form";

interface AssetFormProps {
  /** The asset to change; without it the form registers a new one. */
  asset?: Asset;
  /** The customer a new asset is for, when known. */
  customerId?: string;
  onSaved: (asset: Asset) => void;
  onReload?: () => void;
}

/** An installed product: whose, where (the site's address), which model and its identifiers; create and edit. */
export function AssetForm({ asset, customerId, onSaved, onReload }: AssetFormProps) {
  const { t } = useTranslation();
  const create = useCreateAsset();
  const update = useUpdateAsset(asset?.id ?? "");
  const products = useProducts();
  const title = asset ? t("assets.edit.title", { serial: asset.serialNumber }) : t("assets.create.title");
  const full = (values: AssetFormState) => ({ ...emptyAssetForm(), ...values });
  const { form, onFinish, submitting, problem, error } = useApiForm<AssetFormState, Asset>({
    submit: (values, idempotencyKey) =>
      asset
        ? update.mutateAsync(toUpdateAssetRequest(full(values), asset.version))
        : create.mutateAsync({ body: toCreateAssetRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: AssetFormState) => validateAssetForm(full(values)),
      (problem) =>
        problem === "required" || problem === "date" ? t(`validation.${problem}`) : t(`assets.problems.${problem}`),
    ),
    success: (saved) => t("assets.saved", { serial: saved.serialNumber }),
    onSuccess: onSaved,
  });
  const chosenCustomer = Form.useWatch("customerId", form) ?? "";
  const productId: string = Form.useWatch("productId", form) ?? asset?.productId ?? "";
  const installDate: string = Form.useWatch("installDate", form) ?? asset?.installDate ?? "";
  const byHand: boolean = Form.useWatch("warrantyByHand", form) ?? false;
  const product = products.data?.find((candidate) => candidate.id === productId);
  const months = product?.warranty?.months;
  // The end the server derives from the product; while the products load, the one it derived when read.
  const derived =
    derivedWarrantyEnd(installDate, months) ??
    (!product &&
    asset?.warrantyEndFromProduct &&
    asset.productId === productId &&
    (asset.installDate ?? "") === installDate
      ? (asset.warrantyEnd ?? null)
      : null);
  const followsProduct = () => {
    if (derived && months)
      return t("assets.warranty.derived", { date: derived, term: t("warranty.months", { count: months }) });
    if (derived) return derived;
    if (months) return t("assets.warranty.fromInstallDate", { term: t("warranty.months", { count: months }) });
    if (product) return t("assets.warranty.productHasNone");
    return t("assets.warranty.followsProduct");
  };

  const identifier = (name: keyof AssetFormState, label: string, extra?: string) => (
    <Col xs={24} sm={12}>
      <Form.Item name={name} label={label} extra={extra} required={name === "serialNumber"}>
        <Input autoComplete="off" />
      </Form.Item>
    </Col>
  );

  return (
    <Form<AssetFormState>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={asset ? assetFormOf(asset) : emptyAssetForm(customerId)}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<AssetFormState>) => {
        if ("customerId" in changed) form.setFieldValue("siteId", "");
        // Setting the end by hand starts from the one the product gives.
        if (changed.warrantyByHand && !form.getFieldValue("warrantyEnd") && derived) {
          form.setFieldValue("warrantyEnd", derived);
        }
      }}
      disabled={submitting}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="customerId" label={t("assets.fields.customer")} required>
            <CustomerPicker />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="siteId" label={t("assets.fields.site")}>
            <SitePicker customerId={chosenCustomer} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="productId"
            label={t("assets.fields.product")}
            required
            getValueProps={(value?: string) => ({ value: value || undefined })}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              loading={products.isPending}
              placeholder={products.data?.length === 0 ? t("assets.noProducts") : t("assets.chooseProduct")}
              options={(products.data ?? []).map((product) => ({
                value: product.id,
                label: `${product.name}（${product.code}）`,
              }))}
            />
          </Form.Item>
        </Col>
        {identifier("serialNumber", t("assets.fields.serialNumber"))}
        {identifier("terminalId", t("assets.fields.terminalId"))}
        {identifier("simId", t("assets.fields.simId"))}
        {identifier("vehiclePlate", t("assets.fields.vehiclePlate"), t("assets.plateHint"))}
        {identifier("contractNumber", t("assets.fields.contractNumber"), t("assets.contractNumberHint"))}
        <Col xs={24} sm={12}>
          <DateFormItem name="installDate" label={t("assets.fields.installDate")} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="warrantyByHand" label={t("assets.fields.warrantyByHand")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          {byHand ? (
            <DateFormItem
              name="warrantyEnd"
              label={t("assets.fields.warrantyEnd")}
              required
              extra={derived ? t("assets.warranty.productWouldGive", { date: derived }) : undefined}
            />
          ) : (
            <Form.Item label={t("assets.fields.warrantyEnd")} extra={t("assets.warranty.followsHint")}>
              <Typography.Text>{followsProduct()}</Typography.Text>
            </Form.Item>
          )}
        </Col>
      </Row>
      {isStaleVersion(error) && onReload ? (
        <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
      ) : (
        problem
      )}
      <SubmitButton submitting={submitting}>{asset ? t("common.save") : t("assets.create.submit")}</SubmitButton>
    </Form>
  );
}
