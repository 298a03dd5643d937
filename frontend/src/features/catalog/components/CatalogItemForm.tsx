import { Card, Flex, Form, Input, InputNumber, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { useCurrentUser } from "@/lib/current-user";
import { CATALOG_KINDS, useCreateCatalogItem, useUpdateCatalogItem, type CatalogItem } from "../api/catalog";
import {
  catalogItemFormOf,
  emptyCatalogItemForm,
  emptyWarranty,
  MAX_COVERS_LENGTH,
  MAX_WARRANTY_MONTHS,
  toCreateCatalogItemRequest,
  toUpdateCatalogItemRequest,
  validateCatalogItemForm,
  type CatalogItemForm as CatalogItemFormState,
} from "../model/catalog-form";

interface CatalogItemFormProps {
  /** The item to edit; creates a new one without. */
  item?: CatalogItem;
  onSaved: () => void;
}

/** A product model, part or tool, created and edited in one form; the kind is fixed once created. */
export function CatalogItemForm({ item, onSaved }: CatalogItemFormProps) {
  const { t } = useTranslation();
  const currency = useCurrentUser().tenant?.currency ?? "CNY";
  const create = useCreateCatalogItem();
  const update = useUpdateCatalogItem(item?.id ?? "");
  const title = item ? t("catalog.edit.title", { code: item.code }) : t("catalog.create.title");
  // The warranty's fields are not mounted for parts and tools, so their values may be missing.
  const full = (values: CatalogItemFormState): CatalogItemFormState => ({
    ...values,
    warranty: { ...emptyWarranty(), ...values.warranty },
  });
  const { form, onFinish, submitting, problem } = useApiForm<CatalogItemFormState, CatalogItem>({
    submit: (values, idempotencyKey) =>
      item
        ? update.mutateAsync(toUpdateCatalogItemRequest(full(values), item.version))
        : create.mutateAsync({ body: toCreateCatalogItemRequest(full(values)), idempotencyKey }),
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateCatalogItemForm(full(values))).map(([path, problem]) => [
          path,
          problem === "code" || problem === "months" || problem === "tooLong"
            ? t(`catalog.problems.${problem}`, { max: MAX_COVERS_LENGTH })
            : t(`validation.${problem}`),
        ]),
      ),
    success: (saved) => (item ? t("catalog.saved", { code: saved.code }) : t("catalog.created", { code: saved.code })),
    onSuccess: onSaved,
  });
  const kind: CatalogItemFormState["kind"] = Form.useWatch("kind", form) ?? item?.kind ?? "PRODUCT";

  return (
    <Form<CatalogItemFormState>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={item ? catalogItemFormOf(item) : emptyCatalogItemForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="kind" label={t("catalog.fields.kind")}>
        <Select
          disabled={!!item}
          options={CATALOG_KINDS.map((kind) => ({ value: kind, label: t(`catalog.kind.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item name="code" label={t("catalog.fields.code")} required>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t("catalog.fields.name")} required>
        <Input />
      </Form.Item>
      <Form.Item name="unit" label={t("catalog.fields.unit")} required extra={t("catalog.unitHint")}>
        <Input />
      </Form.Item>
      <Form.Item name="price" label={t("catalog.fields.price")} extra={t("catalog.priceHint")}>
        <Input inputMode="decimal" suffix={currency} />
      </Form.Item>
      <Flex gap={24} wrap>
        <Form.Item
          name="domestic"
          label={t("catalog.fields.domestic")}
          valuePropName="checked"
          extra={t("catalog.domesticHint")}
        >
          <Switch />
        </Form.Item>
        <Form.Item name="centralProcurement" label={t("catalog.fields.centralProcurement")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>
      {kind === "PRODUCT" && (
        <Card
          size="small"
          title={t("catalog.warranty.title")}
          role="group"
          aria-label={t("catalog.warranty.title")}
          style={{ marginBottom: 16 }}
        >
          <Form.Item
            name={["warranty", "months"]}
            label={t("catalog.warranty.months")}
            extra={t("catalog.warranty.monthsHint")}
          >
            <InputNumber
              min={0}
              max={MAX_WARRANTY_MONTHS}
              precision={0}
              suffix={t("catalog.warranty.monthsUnit")}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item name={["warranty", "covers"]} label={t("catalog.warranty.covers")}>
            <Input.TextArea
              rows={2}
              maxLength={MAX_COVERS_LENGTH}
              showCount
              placeholder={t("catalog.warranty.coversPlaceholder")}
            />
          </Form.Item>
          <Form.Item
            name={["warranty", "outOfWarrantyFee"]}
            label={t("catalog.warranty.outOfWarrantyFee")}
            extra={t("catalog.warranty.outOfWarrantyFeeHint")}
            style={{ marginBottom: 0 }}
          >
            <Input inputMode="decimal" suffix={currency} />
          </Form.Item>
        </Card>
      )}
      {problem}
      <SubmitButton submitting={submitting}>{item ? t("common.save") : t("catalog.create.submit")}</SubmitButton>
    </Form>
  );
}
