import { PlusOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Form, Input, Modal, Row, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { plainPercent } from "@/lib/partner-statement";
import { useCreateAgreement, usePartnerAgreements, type PartnerAgreement } from "../api/partners";
import {
  emptyAgreementForm,
  toCreateAgreement,
  validateAgreement,
  type AgreementForm,
  type PartnerProblem,
} from "../model/partner-form";

function CreateAgreementForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const create = useCreateAgreement(partnerId);
  const full = (values: AgreementForm) => ({ ...emptyAgreementForm(), ...values });
  const { form, onFinish, submitting, problem } = useApiForm<AgreementForm, PartnerAgreement>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateAgreement(full(values)), idempotencyKey }),
    check: checkWith(
      (values: AgreementForm) => validateAgreement(full(values)),
      (found: PartnerProblem) => (found === "required" ? t("validation.required") : t(`partners.problems.${found}`)),
    ),
    success: t("partners.agreements.done"),
    onSuccess: onDone,
  });
  const defaults = t("partners.agreements.defaultHint");
  return (
    <Form<AgreementForm>
      form={form}
      layout="vertical"
      aria-label={t("partners.agreements.create")}
      initialValues={emptyAgreementForm()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="feePerUnit" label={t("partners.fields.feePerUnit")} required>
            <Input inputMode="decimal" suffix={`${format.currency}/${t("partners.agreements.unit")}`} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="dailyQuota" label={t("partners.fields.dailyQuota")} extra={defaults}>
            <Input inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <DateFormItem name="firstDay" label={t("partners.fields.firstDay")} required />
        </Col>
        <Col xs={24} sm={12}>
          <DateFormItem name="lastDay" label={t("partners.fields.lastDay")} required />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="delayDeductionPercentPerDay" label={t("partners.fields.delayPercent")} extra={defaults}>
            <Input inputMode="decimal" suffix="%" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="complaintDeductionPercent" label={t("partners.fields.complaintPercent")} extra={defaults}>
            <Input inputMode="decimal" suffix="%" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="technicalStandard" label={t("partners.fields.technicalStandard")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("partners.agreements.submit")}</SubmitButton>
    </Form>
  );
}

/** The partner's agreements (协议): fee per unit, daily quota, period and the deduction percentages. */
export function AgreementsTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const agreements = usePartnerAgreements(partnerId);
  const [creating, setCreating] = useState(false);
  const columns: ColumnsType<PartnerAgreement> = [
    {
      title: t("partners.fields.period"),
      key: "period",
      render: (_, agreement) => `${agreement.firstDay} – ${agreement.lastDay}`,
    },
    {
      title: t("partners.fields.feePerUnit"),
      dataIndex: "feePerUnit",
      align: "right",
      render: (fee: string) => format.money(fee),
    },
    { title: t("partners.fields.dailyQuota"), dataIndex: "dailyQuota", align: "right", responsive: ["md"] },
    {
      title: t("partners.fields.delayPercent"),
      dataIndex: "delayDeductionPercentPerDay",
      align: "right",
      responsive: ["md"],
      render: (percent: string) => `${plainPercent(percent)}%`,
    },
    {
      title: t("partners.fields.complaintPercent"),
      dataIndex: "complaintDeductionPercent",
      align: "right",
      responsive: ["md"],
      render: (percent: string) => `${plainPercent(percent)}%`,
    },
    {
      title: t("partners.fields.technicalStandard"),
      dataIndex: "technicalStandard",
      responsive: ["lg"],
      render: (text?: string) =>
        text ? (
          <Typography.Paragraph style={{ margin: 0, maxWidth: 320 }} ellipsis={{ rows: 2, tooltip: text }}>
            {text}
          </Typography.Paragraph>
        ) : (
          "—"
        ),
    },
  ];
  const create = (
    <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t("partners.agreements.create")}
    </Button>
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">{create}</Flex>
      <ProblemAlert error={agreements.error} />
      <Table<PartnerAgreement>
        aria-label={t("partners.tabs.agreements")}
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={agreements.data}
        loading={agreements.isPending}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("partners.agreements.none") }}
      />
      <Modal
        open={creating}
        title={t("partners.agreements.create")}
        width={720}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && <CreateAgreementForm partnerId={partnerId} onDone={() => setCreating(false)} />}
      </Modal>
    </Flex>
  );
}
