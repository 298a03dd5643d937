import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Col, Form, Input, Radio, Row, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChosenAssetsWarranty } from "@/components/AssetWarranty";
import { CustomerSearch } from "@/components/CustomerSearch";
import { checkWith } from "@/components/form/checks";
import { SubmitButton } from "@/components/form/SubmitButton";
import { namePathOf, useApiForm } from "@/components/form/use-api-form";
import { useCustomerAssets } from "@/lib/customer-lookup";
import {
  useRegisterServiceRequest,
  type CustomerKind,
  type ServiceRequest,
  type ServiceRequestCategory,
  type ServiceRequestChannel,
} from "../api/service-requests";
import {
  CATEGORIES,
  CUSTOMER_KINDS,
  INTAKE_CHANNELS,
  NEW_SITE_ADDRESS,
  emptyIntakeForm,
  newCustomerFrom,
  toCreateServiceRequest,
  validateIntakeForm,
  type IntakeForm as IntakeFormState,
  type IntakeProblem,
} from "../model/intake-form";

/** The form's values; their names are the request's JSON paths, where the server's field errors land. */
interface IntakeValues {
  customerId?: string;
  assetId?: string;
  channel: ServiceRequestChannel;
  category?: ServiceRequestCategory;
  description?: string;
  newCustomer?: { kind?: CustomerKind; name?: string; phone?: string; sites?: { address?: string }[] };
}

/** The values as the intake model reads them; `creating` says whether the caller is registered inline. */
function stateOf(values: IntakeValues, creating: boolean): IntakeFormState {
  const created = values.newCustomer ?? {};
  return {
    ...emptyIntakeForm(),
    channel: values.channel ?? "PHONE",
    customerId: creating ? "" : (values.customerId ?? ""),
    assetId: creating ? "" : (values.assetId ?? ""),
    category: values.category ?? "",
    description: values.description ?? "",
    newCustomer: creating
      ? {
          kind: created.kind ?? "PERSON",
          name: created.name ?? "",
          phone: created.phone ?? "",
          siteAddress: created.sites?.[0]?.address ?? "",
        }
      : null,
  };
}

const SITE_ADDRESS = namePathOf(NEW_SITE_ADDRESS);

/** A call comes in: find the caller by the digits they give, note what they want, register it. */
export function IntakeForm({ onRegistered }: { onRegistered: (request: ServiceRequest) => void }) {
  const { t } = useTranslation();
  const register = useRegisterServiceRequest();
  const [creating, setCreating] = useState(false);
  const api = useApiForm<IntakeValues, ServiceRequest>({
    check: checkWith(
      (values: IntakeValues) => validateIntakeForm(stateOf(values, creating)),
      (problem: IntakeProblem) => t(`validation.${problem}`),
    ),
    submit: (values, idempotencyKey) =>
      register.mutateAsync({
        body: toCreateServiceRequest(stateOf(values, creating), t("intake.firstSiteLabel")),
        idempotencyKey,
      }),
    fieldLabels: {
      channel: t("serviceRequests.fields.channel"),
      customerId: t("intake.caller"),
      assetId: t("intake.asset"),
      category: t("serviceRequests.fields.category"),
      description: t("serviceRequests.fields.description"),
      newCustomer: t("intake.newCustomer.title"),
    },
    success: (request) => t("intake.registered", { number: request.number }),
    onSuccess: (request) => onRegistered(request),
  });
  const customerId: string = Form.useWatch("customerId", api.form) ?? "";
  const assets = useCustomerAssets(creating ? null : customerId || null);
  const assetId: string = Form.useWatch("assetId", api.form) ?? "";
  const chosenAsset = assets.data?.items.find((asset) => asset.id === assetId);

  function registerInline(typed: string) {
    const caller = newCustomerFrom(typed);
    setCreating(true);
    api.form.setFieldsValue({
      customerId: "",
      assetId: "",
      newCustomer: { kind: caller.kind, name: caller.name, phone: caller.phone, sites: [{ address: "" }] },
    });
    api.form.setFields([{ name: "customerId", errors: [] }]);
  }

  return (
    <Card>
      <Form<IntakeValues>
        form={api.form}
        layout="vertical"
        aria-label={t("intake.title")}
        initialValues={{ channel: "PHONE" }}
        onFinish={api.onFinish}
        onValuesChange={(changed: Partial<IntakeValues>) => {
          // Another caller: the asset was one of the previous caller's.
          if ("customerId" in changed) api.form.setFieldValue("assetId", "");
        }}
        style={{ maxWidth: 880 }}
      >
        {creating ? (
          <Card
            size="small"
            role="group"
            aria-label={t("intake.newCustomer.title")}
            title={t("intake.newCustomer.title")}
            extra={
              <Button size="small" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => setCreating(false)}>
                {t("intake.newCustomer.back")}
              </Button>
            }
            style={{ marginBottom: 16 }}
          >
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name={["newCustomer", "phone"]} label={t("intake.newCustomer.phone")} required>
                  <Input inputMode="tel" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={["newCustomer", "name"]} label={t("intake.newCustomer.name")} required>
                  <Input autoComplete="off" autoFocus />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={["newCustomer", "kind"]} label={t("intake.newCustomer.kind")} required>
                  <Radio.Group
                    aria-label={t("intake.newCustomer.kind")}
                    optionType="button"
                    options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t(`customerKind.${kind}`) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={SITE_ADDRESS}
              label={t("intake.newCustomer.siteAddress")}
              extra={t("intake.newCustomer.siteAddressHint")}
              style={{ marginBottom: 0 }}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Card>
        ) : (
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item name="customerId" label={t("intake.caller")} extra={t("intake.callerHint")} required>
                <CustomerSearch
                  label={t("intake.caller")}
                  placeholder={t("intake.callerPlaceholder")}
                  autoFocus
                  onCreateNew={registerInline}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item
                name="assetId"
                label={t("intake.asset")}
                extra={chosenAsset && <ChosenAssetsWarranty assets={[chosenAsset]} named={false} />}
                getValueProps={(value?: string) => ({ value: value || undefined })}
              >
                <Select
                  allowClear
                  disabled={!customerId}
                  placeholder={t("intake.noAsset")}
                  options={(assets.data?.items ?? []).map((asset) => ({
                    value: asset.id,
                    label: [asset.productName, asset.serialNumber, asset.vehiclePlate].filter(Boolean).join(" · "),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        )}

        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="channel" label={t("serviceRequests.fields.channel")} required>
              <Select
                options={INTAKE_CHANNELS.map((channel) => ({
                  value: channel,
                  label: t(`serviceRequests.channel.${channel}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="category" label={t("serviceRequests.fields.category")} required>
              <Radio.Group
                aria-label={t("serviceRequests.fields.category")}
                optionType="button"
                options={CATEGORIES.map((category) => ({
                  value: category,
                  label: t(`serviceRequests.category.${category}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t("serviceRequests.fields.description")} required>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t("intake.descriptionPlaceholder")} />
        </Form.Item>
        {api.problem && <div style={{ marginBottom: 16 }}>{api.problem}</div>}
        <SubmitButton submitting={api.submitting}>{t("intake.submit")}</SubmitButton>
      </Form>
    </Card>
  );
}
