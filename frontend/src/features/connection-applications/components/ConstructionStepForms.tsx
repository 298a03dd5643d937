import { Flex, Form, InputNumber, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { useTenantFormat } from "@/lib/current-user";
import { useInstallerDirectory } from "@/lib/directory";
import { useMaterialChoices, usePartnerChoices } from "../api/connection-applications";
import { toConstruction, validateConstruction, type ConstructionForm, type FormProblem } from "../model/connection";
import { type DialogProps, type Values, useStepForm, Footer, requiredText } from "./step-form";

export function ConstructionStepForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const installers = useInstallerDirectory();
  const contractor = Form.useWatch<ConstructionForm["contractor"]>("contractor");
  const partners = usePartnerChoices((contractor ?? "OWN") === "PARTNER");
  const problemText = (problem: FormProblem) => t(`validation.${problem}`);
  const { form, onFinish, submitting, problem } = useStepForm<ConstructionForm & Values>(
    application,
    "START_CONSTRUCTION",
    (values) => ({ action: "START_CONSTRUCTION", body: toConstruction(values, application.version) }),
    onClose,
    checkWith(
      (values: ConstructionForm) => validateConstruction({ ...values, installerIds: values.installerIds ?? [] }),
      problemText,
    ),
  );
  const today = format.today();
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.START_CONSTRUCTION")}
      initialValues={{ contractor: "OWN", partnerId: "", installerIds: [], feesPaidOn: today, startedOn: today }}
    >
      <Form.Item name="contractor" label={t("connections.fields.contractor")} required>
        <Radio.Group
          options={(["OWN", "PARTNER"] as const).map((value) => ({
            value,
            label: t(`connections.contractor.${value}`),
          }))}
        />
      </Form.Item>
      {(contractor ?? form.getFieldValue("contractor")) === "PARTNER" && (
        <Form.Item
          name="partnerId"
          label={t("connections.fields.partner")}
          required
          extra={t("connections.construction.partnerHint")}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={partners.isPending}
            options={(partners.data ?? []).map((partner) => ({
              value: partner.id,
              label: partner.constructionQualification
                ? `${partner.name} · ${t("connections.construction.qualifiedUntil", { date: format.date(partner.constructionQualification.validTo) })}`
                : partner.name,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="installerIds"
        label={t("connections.fields.crew")}
        required
        extra={t("connections.construction.crewHint")}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: "label" }}
          loading={installers.isPending}
          options={(installers.data ?? []).map((entry) => ({ value: entry.id, label: entry.name }))}
        />
      </Form.Item>
      <Flex gap={16} wrap>
        <div style={{ flex: "1 1 200px" }}>
          <DateFormItem name="feesPaidOn" label={t("connections.fields.feesPaidOn")} required />
        </div>
        <div style={{ flex: "1 1 200px" }}>
          <DateFormItem name="startedOn" label={t("connections.fields.startedOn")} required />
        </div>
      </Flex>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.START_CONSTRUCTION")}
        onClose={onClose}
      />
    </Form>
  );
}

export function MaterialForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const items = useMaterialChoices(true);
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "RECORD_MATERIAL",
    (values) => ({
      action: "RECORD_MATERIAL",
      body: { catalogItemId: String(values.catalogItemId), quantity: Number(values.quantity) },
    }),
    onClose,
    (values) => missing(values, ["catalogItemId", "quantity"]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.RECORD_MATERIAL")}
    >
      <Form.Item
        name="catalogItemId"
        label={t("connections.fields.material")}
        required
        extra={t("connections.materials.domesticHint")}
      >
        <Select
          showSearch={{ optionFilterProp: "label" }}
          loading={items.isPending}
          options={(items.data ?? []).map((item) => ({
            value: item.id,
            label: [
              item.name,
              item.domestic ? t("connections.materials.domestic") : t("connections.materials.imported"),
            ]
              .concat(item.centralProcurement ? [t("connections.materials.centralProcurement")] : [])
              .join(" · "),
          }))}
        />
      </Form.Item>
      <Form.Item name="quantity" label={t("connections.fields.quantity")} required>
        <InputNumber<number> min={0.01} step={1} precision={2} style={{ width: 200 }} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.RECORD_MATERIAL")}
        onClose={onClose}
      />
    </Form>
  );
}
