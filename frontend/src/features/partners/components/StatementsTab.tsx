import { PlusOutlined } from "@ant-design/icons";
import { Button, Col, Flex, Form, Modal, Row, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { PartnerStatementStatusBadge } from "@/components/PartnerStatementView";
import { useTenantFormat } from "@/lib/current-user";
import {
  useCreateStatement,
  usePartnerStatements,
  type PartnerStatement,
  type PartnerStatementSummary,
} from "../api/partners";
import {
  defaultPeriod,
  toCreateStatement,
  validatePeriod,
  type PartnerProblem,
  type PeriodForm,
} from "../model/partner-form";

function CreateStatementForm({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const create = useCreateStatement(partnerId);
  const { form, onFinish, submitting, problem } = useApiForm<PeriodForm, PartnerStatement>({
    submit: (values, idempotencyKey) => create.mutateAsync({ body: toCreateStatement(values), idempotencyKey }),
    check: checkWith(
      (values: PeriodForm) => validatePeriod({ periodFrom: values.periodFrom ?? "", periodTo: values.periodTo ?? "" }),
      (found: PartnerProblem) => (found === "required" ? t("validation.required") : t(`partners.problems.${found}`)),
    ),
    success: (statement) => t("partners.statements.drafted", { number: statement.number }),
    onSuccess: (statement) => void navigate(`/partners/${partnerId}/statements/${statement.id}`),
  });
  return (
    <Form<PeriodForm>
      form={form}
      layout="vertical"
      aria-label={t("partners.statements.create")}
      initialValues={defaultPeriod(format.today())}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Typography.Paragraph type="secondary">{t("partners.statements.createHint")}</Typography.Paragraph>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateFormItem name="periodFrom" label={t("partners.statements.periodFrom")} required />
        </Col>
        <Col xs={24} sm={12}>
          <DateFormItem name="periodTo" label={t("partners.statements.periodTo")} required />
        </Col>
      </Row>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("partners.statements.submit")}</SubmitButton>
    </Form>
  );
}

/** The partner's settlement statements (结算单), with a form to draft one for a period. */
export function StatementsTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const statements = usePartnerStatements(partnerId);
  const [creating, setCreating] = useState(false);
  const columns: ColumnsType<PartnerStatementSummary> = [
    {
      title: t("partners.statement.number"),
      dataIndex: "number",
      render: (number: string, statement) => (
        <Link to={`/partners/${partnerId}/statements/${statement.id}`}>{number}</Link>
      ),
    },
    {
      title: t("partners.statement.period"),
      key: "period",
      render: (_, statement) => `${statement.periodFrom} – ${statement.periodTo}`,
    },
    {
      title: t("partners.statement.status"),
      dataIndex: "status",
      render: (value: PartnerStatementSummary["status"]) => <PartnerStatementStatusBadge status={value} />,
    },
    { title: t("partners.fields.units"), dataIndex: "units", align: "right", responsive: ["md"] },
    {
      title: t("partners.statement.rowNames.gross"),
      dataIndex: "gross",
      align: "right",
      responsive: ["md"],
      render: (amount: string) => format.money(amount),
    },
    {
      title: t("partners.statement.rowNames.net"),
      dataIndex: "net",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
  ];
  const create = (
    <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t("partners.statements.create")}
    </Button>
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">{create}</Flex>
      <DataTable<PartnerStatementSummary>
        caption={t("partners.tabs.statements")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("partners.statements.none"), action: create }}
        {...keysetTable(statements)}
      />
      <Modal
        open={creating}
        title={t("partners.statements.create")}
        footer={null}
        destroyOnHidden
        onCancel={() => setCreating(false)}
      >
        {creating && <CreateStatementForm partnerId={partnerId} />}
      </Modal>
    </Flex>
  );
}
