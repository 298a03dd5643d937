import { CheckOutlined, PlusOutlined, WarningOutlined } from "@ant-design/icons";
import { App, Button, Col, Flex, Form, Input, Modal, Popconfirm, Row, Select, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { ProblemAlert } from "@/components/ProblemAlert";
import { WorkOrderPicker, type PickedWorkOrder } from "@/components/WorkOrderPicker";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import {
  useAssignOrder,
  usePartnerAgreements,
  usePartnerOrderStep,
  usePartnerOrders,
  type PartnerAgreement,
  type PartnerOrder,
} from "../api/partners";
import {
  emptyAssignForm,
  toAssign,
  validateAssign,
  validateDamage,
  type AssignForm,
  type DamageForm,
  type PartnerProblem,
} from "../model/partner-form";

/** The form's values: the work order is picked by number and kept with its label. */
type AssignValues = Omit<AssignForm, "workOrderId"> & { workOrder?: PickedWorkOrder | null };

function AssignOrderForm({
  partnerId,
  agreements,
  onDone,
}: {
  partnerId: string;
  agreements: readonly PartnerAgreement[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const assign = useAssignOrder(partnerId);
  const toForm = ({ workOrder, ...rest }: AssignValues): AssignForm => ({
    ...emptyAssignForm(),
    ...rest,
    workOrderId: workOrder?.value ?? "",
  });
  const { form, onFinish, submitting, problem } = useApiForm<AssignValues, PartnerOrder>({
    submit: (values, idempotencyKey) => assign.mutateAsync({ body: toAssign(toForm(values)), idempotencyKey }),
    check: checkWith(
      (values: AssignValues) => validateAssign(toForm(values)),
      (found: PartnerProblem) => (found === "required" ? t("validation.required") : t(`partners.problems.${found}`)),
    ),
    fieldOf: (path) => (path === "workOrderId" ? "workOrder" : null),
    success: (order) => t("partners.orders.assigned", { number: order.workOrderNumber }),
    onSuccess: onDone,
  });
  const { workOrderId: _id, ...initial } = emptyAssignForm(agreements.length === 1 ? agreements[0]!.id : "");
  return (
    <Form<AssignValues>
      form={form}
      layout="vertical"
      aria-label={t("partners.orders.assign")}
      initialValues={{ ...initial, workOrder: null }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="workOrder" label={t("partners.fields.workOrder")} required>
        <WorkOrderPicker />
      </Form.Item>
      <Form.Item
        name="agreementId"
        label={t("partners.fields.agreement")}
        required
        getValueProps={(value?: string) => ({ value: value || undefined })}
      >
        <Select
          placeholder={t("partners.orders.chooseAgreement")}
          options={agreements.map((agreement) => ({
            value: agreement.id,
            label: t("partners.orders.agreementOption", {
              from: agreement.firstDay,
              to: agreement.lastDay,
              fee: format.money(agreement.feePerUnit),
            }),
          }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="units" label={t("partners.fields.units")} required>
            <Input inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <DateFormItem name="dueDate" label={t("partners.fields.dueDate")} required />
        </Col>
      </Row>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("partners.orders.assignSubmit")}</SubmitButton>
    </Form>
  );
}

function DamageForm({ partnerId, order, onDone }: { partnerId: string; order: PartnerOrder; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const step = usePartnerOrderStep(partnerId);
  const { form, onFinish, submitting, problem } = useApiForm<DamageForm, PartnerOrder>({
    submit: (values) =>
      step.mutateAsync({ step: "damage", order, amount: values.amount.trim(), note: values.note.trim() }),
    check: checkWith(
      (values: DamageForm) => validateDamage({ amount: values.amount ?? "", note: values.note ?? "" }),
      (found: PartnerProblem) => (found === "required" ? t("validation.required") : t(`partners.problems.${found}`)),
    ),
    success: t("partners.orders.damageSaved", { number: order.workOrderNumber }),
    onSuccess: onDone,
  });
  return (
    <Form<DamageForm>
      form={form}
      layout="vertical"
      aria-label={t("partners.orders.damageOf", { number: order.workOrderNumber })}
      initialValues={{ amount: order.damageAmount ?? "", note: order.damageNote ?? "" }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="amount" label={t("partners.fields.damage")} required>
        <Input inputMode="decimal" suffix={format.currency} />
      </Form.Item>
      <Form.Item name="note" label={t("partners.fields.damageNote")} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("partners.orders.damageSubmit")}</SubmitButton>
    </Form>
  );
}

/** Work orders given to the partner: the customer's and the manager's sign-off, damage, and settlement. */
export function OrdersTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useTenantFormat();
  const staffName = useStaffNames();
  const orders = usePartnerOrders(partnerId);
  const agreements = usePartnerAgreements(partnerId);
  const step = usePartnerOrderStep(partnerId);
  const [assigning, setAssigning] = useState(false);
  const [damageOf, setDamageOf] = useState<PartnerOrder | null>(null);
  const yesNo = (value: boolean) => (
    <Tag color={value ? "success" : "default"}>{value ? t("common.yes") : t("common.no")}</Tag>
  );

  const columns: ColumnsType<PartnerOrder> = [
    {
      title: t("partners.fields.workOrder"),
      dataIndex: "workOrderNumber",
      render: (number: string, order) => (
        <Flex gap={4} wrap align="center">
          <Link to={`/work-orders/${order.workOrderId}`}>{number}</Link>
          {order.statementId && <Tag color="success">{t("partners.orders.settled")}</Tag>}
        </Flex>
      ),
    },
    { title: t("partners.fields.units"), dataIndex: "units", align: "right", responsive: ["md"] },
    { title: t("partners.fields.dueDate"), dataIndex: "dueDate" },
    {
      title: t("partners.fields.workDoneAt"),
      dataIndex: "workDoneAt",
      responsive: ["lg"],
      render: (at?: string) => (at ? format.dateTime(at) : "—"),
    },
    {
      title: t("partners.fields.customerSigned"),
      dataIndex: "customerSigned",
      responsive: ["md"],
      render: (signed: boolean) => yesNo(signed),
    },
    {
      title: t("partners.fields.accepted"),
      dataIndex: "accepted",
      render: (accepted: boolean, order) => (
        <>
          {yesNo(accepted)}
          {accepted && order.acceptedBy && (
            <Typography.Text type="secondary">
              {t("partners.orders.acceptedBy", {
                by: staffName(order.acceptedBy),
                at: order.acceptedAt ? format.dateTime(order.acceptedAt) : "",
              })}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t("partners.fields.damage"),
      dataIndex: "damageAmount",
      align: "right",
      responsive: ["md"],
      render: (amount: string | undefined, order) =>
        amount ? <Typography.Text title={order.damageNote}>{format.money(amount)}</Typography.Text> : "—",
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, order) => (
        <Flex gap={4} wrap>
          {!order.accepted &&
            (order.customerSigned ? (
              <Popconfirm
                title={t("partners.orders.confirmAccept", { number: order.workOrderNumber })}
                onConfirm={() =>
                  step.mutateAsync({ step: "accept", order }).then(
                    () => void message.success(t("partners.orders.accepted", { number: order.workOrderNumber })),
                    () => undefined,
                  )
                }
              >
                <Button size="small" type="primary" icon={<CheckOutlined />}>
                  {t("partners.orders.accept", { number: order.workOrderNumber })}
                </Button>
              </Popconfirm>
            ) : (
              <Typography.Text type="secondary">{t("partners.orders.acceptNeedsSignature")}</Typography.Text>
            ))}
          {!order.statementId && (
            <Button size="small" icon={<WarningOutlined />} onClick={() => setDamageOf(order)}>
              {t("partners.orders.damage")}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
          {t("partners.orders.assign")}
        </Button>
      </Flex>
      <ProblemAlert error={step.variables?.step === "accept" ? step.error : null} />
      <DataTable<PartnerOrder>
        caption={t("partners.tabs.orders")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("partners.orders.none") }}
        {...keysetTable(orders)}
      />
      <Modal
        open={assigning}
        title={t("partners.orders.assign")}
        footer={null}
        destroyOnHidden
        onCancel={() => setAssigning(false)}
      >
        {assigning && (
          <AssignOrderForm
            partnerId={partnerId}
            agreements={agreements.data ?? []}
            onDone={() => setAssigning(false)}
          />
        )}
      </Modal>
      <Modal
        open={damageOf !== null}
        title={damageOf ? t("partners.orders.damageOf", { number: damageOf.workOrderNumber }) : ""}
        footer={null}
        destroyOnHidden
        onCancel={() => setDamageOf(null)}
      >
        {damageOf && <DamageForm partnerId={partnerId} order={damageOf} onDone={() => setDamageOf(null)} />}
      </Modal>
    </Flex>
  );
}
