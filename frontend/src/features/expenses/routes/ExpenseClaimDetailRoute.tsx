import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, DollarOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Flex, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { nameIn, useInstallerDirectory } from "@/lib/directory";
import { useStaffNames } from "@/lib/staff-names";
import { useClaimStep, useClaimTrip, useExpenseClaim, type ExpenseClaim } from "../api/expenses";
import { ClaimStatusBadge } from "../components/ClaimStatusBadge";
import { claimFlags, claimSteps } from "../model/claim-form";
import { tagColour } from "@/app/design/theme";

type Receipt = ExpenseClaim["receipts"][number];

function RejectForm({ claim, onDone }: { claim: ExpenseClaim; onDone: () => void }) {
  const { t } = useTranslation();
  const step = useClaimStep(claim);
  const { form, onFinish, submitting, problem } = useApiForm<{ reason: string }, ExpenseClaim>({
    submit: ({ reason }) => step.mutateAsync({ step: "reject", reason: reason.trim() }),
    success: (saved) => t("expenses.detail.rejected", { number: saved.number }),
    onSuccess: onDone,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={t("expenses.actions.reject")}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item
        name="reason"
        label={t("expenses.fields.rejectReason")}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {problem}
      <SubmitButton submitting={submitting}>{t("expenses.actions.rejectSubmit")}</SubmitButton>
    </Form>
  );
}

/** The manager's steps: approve (lodging above the cap only when accepted) or reject with a reason; mark paid. */
function ClaimDecision({ claim }: { claim: ExpenseClaim }) {
  const { t } = useTranslation();
  const step = useClaimStep(claim);
  const [acceptAboveCap, setAcceptAboveCap] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const steps = claimSteps(claim.status);
  const flags = claimFlags(claim);
  if (steps.length === 0) return null;
  return (
    <Card size="small" title={t("expenses.detail.decision")} role="region" aria-label={t("expenses.detail.decision")}>
      <Flex vertical gap={12}>
        {steps.includes("approve") && flags.aboveCap > 0 && (
          <Checkbox checked={acceptAboveCap} onChange={(e) => setAcceptAboveCap(e.target.checked)}>
            {t("expenses.detail.acceptAboveCap")}
          </Checkbox>
        )}
        <Flex gap={8} wrap>
          {steps.includes("approve") && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={step.isPending}
              onClick={() => step.mutate({ step: "approve", acceptAboveCap })}
            >
              {t("expenses.actions.approve")}
            </Button>
          )}
          {steps.includes("paid") && (
            <Popconfirm
              title={t("expenses.detail.confirmPaid", { number: claim.number })}
              onConfirm={() => step.mutateAsync({ step: "paid" }).catch(() => undefined)}
            >
              <Button type="primary" icon={<DollarOutlined />} loading={step.isPending}>
                {t("expenses.actions.paid")}
              </Button>
            </Popconfirm>
          )}
          {steps.includes("reject") && (
            <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
              {t("expenses.actions.reject")}
            </Button>
          )}
        </Flex>
        <ProblemAlert error={step.error} />
      </Flex>
      <Modal
        open={rejecting}
        title={t("expenses.detail.rejectTitle", { number: claim.number })}
        footer={null}
        destroyOnHidden
        onCancel={() => setRejecting(false)}
      >
        {rejecting && <RejectForm claim={claim} onDone={() => setRejecting(false)} />}
      </Modal>
    </Card>
  );
}

/** One claim: its receipts with the flags to check (duplicate receipt numbers, lodging above the cap). */
export function ExpenseClaimDetailRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useTenantFormat();
  const staffName = useStaffNames();
  const { claimId = "" } = useParams();
  const detail = useExpenseClaim(claimId);
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const installers = useInstallerDirectory(office);
  const claim = detail.data;
  const trip = useClaimTrip(claim?.tripId);

  if (!claim) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to="/expense-claims">{t("expenses.back")}</Link>
      </>
    );
  }

  const receipts: ColumnsType<Receipt> = [
    {
      title: t("expenses.fields.category"),
      dataIndex: "category",
      render: (value: Receipt["category"]) => t(`expenses.category.${value}`),
    },
    {
      title: t("expenses.fields.amount"),
      dataIndex: "amount",
      align: "right",
      render: (amount: string) => format.money(amount),
    },
    { title: t("expenses.fields.date"), dataIndex: "date" },
    { title: t("expenses.fields.place"), dataIndex: "place", responsive: ["md"] },
    { title: t("expenses.fields.receiptNumber"), dataIndex: "receiptNumber", responsive: ["md"] },
    {
      title: t("expenses.fields.flags"),
      key: "flags",
      render: (_, receipt) => (
        <Flex gap={4} wrap>
          {receipt.duplicateOf && (
            <Tag color="warning">{t("expenses.flags.duplicateOf", { number: receipt.duplicateOf })}</Tag>
          )}
          {receipt.aboveCap && <Tag color="warning">{t("expenses.flags.lodgingAboveCap")}</Tag>}
          {receipt.overrideReason && (
            <Tag color="blue">
              {t("expenses.flags.overridden", { by: staffName(receipt.overriddenBy), reason: receipt.overrideReason })}
            </Tag>
          )}
        </Flex>
      ),
    },
  ];

  const person = claim.personId === me.userId ? me.displayName : nameIn(installers.data, claim.personId);
  return (
    <DetailLayout
      printable
      title={claim.number}
      description={person}
      tags={<ClaimStatusBadge status={claim.status} />}
      actions={
        <LinkButton to="/expense-claims" icon={<ArrowLeftOutlined />}>
          {t("expenses.back")}
        </LinkButton>
      }
      factsTitle={t("expenses.detail.facts")}
      facts={[
        { key: "person", label: t("expenses.fields.person"), children: person },
        {
          key: "trip",
          label: t("expenses.fields.trip"),
          children: (
            <Link to={`/trips/${claim.tripId}`}>
              {trip.data ? `${trip.data.number} ${trip.data.destination}` : t("expenses.detail.openTrip")}
            </Link>
          ),
        },
        {
          key: "total",
          label: t("expenses.fields.total"),
          children: <Typography.Text strong>{format.money(claim.total)}</Typography.Text>,
        },
        ...(claim.reimbursed
          ? [
              {
                key: "reimbursed",
                label: t("expenses.fields.reimbursed"),
                children: (
                  <>
                    {format.money(claim.reimbursed)}{" "}
                    {claim.payMonth && (
                      <Typography.Text type="secondary">
                        {t("expenses.detail.payMonth", { month: claim.payMonth })}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
            ]
          : []),
        ...(claim.decisionReason
          ? [{ key: "reason", label: t("expenses.detail.decisionReason"), children: claim.decisionReason }]
          : []),
      ]}
      timeline={[
        {
          key: "submitted",
          children: t("expenses.detail.submittedBy", {
            at: format.dateTime(claim.submittedAt),
            by: staffName(claim.submittedBy),
          }),
        },
        ...(claim.decidedAt
          ? [
              {
                key: "decided",
                color: claim.status === "REJECTED" ? "red" : "green",
                children: t(claim.status === "REJECTED" ? "expenses.detail.rejectedBy" : "expenses.detail.approvedBy", {
                  at: format.dateTime(claim.decidedAt),
                  by: staffName(claim.decidedBy),
                }),
              },
            ]
          : []),
        ...(claim.paidAt
          ? [
              {
                key: "paid",
                color: tagColour.green,
                children: t("expenses.detail.paidAt", { at: format.dateTime(claim.paidAt) }),
              },
            ]
          : []),
      ]}
      side={me.roles.includes("manager") && <ClaimDecision key={claim.version} claim={claim} />}
    >
      <Card size="small" title={t("expenses.detail.receipts")} role="region" aria-label={t("expenses.detail.receipts")}>
        <Table<Receipt>
          aria-label={t("expenses.detail.receipts")}
          size="small"
          rowKey="position"
          columns={receipts}
          dataSource={claim.receipts}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
      </Card>
    </DetailLayout>
  );
}
