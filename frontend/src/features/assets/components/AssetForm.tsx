import { Col, Form, Input, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { CustomerPicker, SitePicker } from "@/components/form/CustomerSitePickers";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
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
        <Col xs={12} sm={6}>
          <DateFormItem name="installDate" label={t("assets.fields.installDate")} />
        </Col>
        <Col xs={12} sm={6}>
          <DateFormItem name="warrantyEnd" label={t("assets.fields.warrantyEnd")} />
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
