import { Form, Input, Radio, Select, Switch } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { defined } from "@/components/form/defined";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";
import { useCatalogProducts } from "@/lib/catalog-products";
import { FAULT_CLASSES, useCreateFaultCategory, useUpdateFaultCategory, type FaultCategory } from "../api/quality";
import {
  emptyFaultCategoryForm,
  faultCategoryFormOf,
  toCreateFaultCategoryRequest,
  toUpdateFaultCategoryRequest,
  validateFaultCategoryForm,
  type FaultCategoryForm as FaultCategoryFormState,
} from "../model/fault-category-form";

interface FaultCategoryFormProps {
  category?: FaultCategory;
  onSaved: () => void;
  onReload: () => void;
}

/** A fault category: its code (when added), name, class (where its warnings go), products and whether offered. */
export function FaultCategoryForm({ category, onSaved, onReload }: FaultCategoryFormProps) {
  const { t } = useTranslation();
  const create = useCreateFaultCategory();
  const update = useUpdateFaultCategory(category?.id ?? "");
  const products = useCatalogProducts();
  const title = category
    ? t("quality.categories.edit.title", { name: category.name })
    : t("quality.categories.create.title");
  const full = (values: FaultCategoryFormState) => ({ ...emptyFaultCategoryForm(), ...defined(values) });
  const { form, onFinish, submitting, problem, error } = useApiForm<FaultCategoryFormState, FaultCategory>({
    submit: (values, idempotencyKey) =>
      category
        ? update.mutateAsync(toUpdateFaultCategoryRequest(full(values), category.version))
        : create.mutateAsync({ body: toCreateFaultCategoryRequest(full(values)), idempotencyKey }),
    check: checkWith(
      (values: FaultCategoryFormState) => validateFaultCategoryForm(full(values), !category),
      (problem) => (problem === "code" ? t("quality.categories.codeInvalid") : t("validation.required")),
    ),
    success: (saved) => t("quality.categories.saved", { name: saved.name }),
    onSuccess: onSaved,
  });

  // The server's words for a taken code are English; the person reads which code to change in their language.
  const codeTaken = isProblemType(error, "code-taken");
  useEffect(() => {
    if (codeTaken) form.setFields([{ name: "code", errors: [t("quality.categories.codeTaken")] }]);
  }, [codeTaken, form, t]);

  return (
    <Form<FaultCategoryFormState>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={category ? faultCategoryFormOf(category) : emptyFaultCategoryForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      {!category && (
        <Form.Item
          name="code"
          label={t("quality.categories.fields.code")}
          required
          extra={t("quality.categories.codeHint")}
        >
          <Input autoComplete="off" spellCheck={false} maxLength={50} placeholder="no-cooling" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t("quality.categories.fields.name")} required>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="faultClass" label={t("quality.categories.fields.faultClass")}>
        <Radio.Group
          options={FAULT_CLASSES.map((value) => ({
            value,
            label: `${t(`quality.faultClass.${value}`)} · ${t(`quality.faultClassHint.${value}`)}`,
          }))}
          style={{ display: "flex", flexDirection: "column", gap: 4 }}
        />
      </Form.Item>
      <Form.Item
        name="productIds"
        label={t("quality.categories.fields.products")}
        extra={t("quality.categories.productsHint")}
      >
        <Select
          mode="multiple"
          allowClear
          loading={products.isPending}
          placeholder={t("quality.categories.allProducts")}
          showSearch={{ optionFilterProp: "label" }}
          options={(products.data ?? []).map((product) => ({ value: product.id, label: product.name }))}
        />
      </Form.Item>
      {category && (
        <Form.Item
          name="active"
          label={t("quality.categories.fields.active")}
          valuePropName="checked"
          extra={t("quality.categories.activeHint")}
        >
          <Switch />
        </Form.Item>
      )}
      {isStaleVersion(error) ? (
        <RefusalAlert error={error} changedText={t("errors.stale")} onReload={onReload} />
      ) : (
        problem
      )}
      <SubmitButton submitting={submitting}>
        {category ? t("common.save") : t("quality.categories.create.submit")}
      </SubmitButton>
    </Form>
  );
}
