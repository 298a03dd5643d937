import { CloseOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Form, Input, InputNumber, Radio, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { checkWith } from "@/components/form/checks";
import { StepFlow, type FlowStep, type StepValues } from "@/components/StepFlow";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useEntryStep, useReloadLedger, type DisciplineEntry } from "../api/discipline";
import {
  confirmationAsksAmount,
  entryActions,
  sourcePath,
  toAppeal,
  toAppealDecision,
  toConfirmation,
  toWaiver,
  validateAppealDecision,
  validateConfirmation,
  validateReason,
  type AppealDecisionForm,
  type DisciplineProblem,
  type EntryAction,
} from "../model/discipline";
import { AppealBadge, DisciplineStatusBadge, EntryAmount } from "./DisciplineBadges";

// A refusal because someone decided first: the person reloads the ledger.
const CHANGED = ["discipline-entry-status", "appeal-made", "no-pending-appeal"];

/** The steps the person may take on the entry: confirm, waive, decide an appeal (manager), appeal (installer). */
function useEntrySteps(entry: DisciplineEntry): FlowStep[] {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const me = useCurrentUser();
  const mutation = useEntryStep(entry.id);
  const message = (problem: DisciplineProblem) =>
    problem === "required" ? t("validation.required") : t(`discipline.errors.${problem}`);
  const asksAmount = confirmationAsksAmount(entry);

  const step = (action: EntryAction): FlowStep => {
    const base = {
      key: action,
      open: t(`discipline.actions.${action}.open`),
      title: t(`discipline.actions.${action}.title`),
      submit: t(`discipline.actions.${action}.submit`),
      done: t(`discipline.actions.${action}.done`),
    };
    switch (action) {
      case "confirm":
        return {
          ...base,
          hint: asksAmount ? undefined : t("discipline.actions.confirm.hint"),
          initialValues: { amount: entry.amount },
          fields: asksAmount && (
            <Form.Item
              name="amount"
              label={t("discipline.fields.amount")}
              required={entry.amount === undefined}
              extra={t(
                entry.amount === undefined
                  ? "discipline.actions.confirm.amountHint"
                  : "discipline.actions.confirm.costHint",
              )}
            >
              <InputNumber<string> stringMode min="0" step="0.01" autoFocus suffix={format.currency} />
            </Form.Item>
          ),
          check: checkWith((values: StepValues) => validateConfirmation(entry, values.amount ?? ""), message),
          send: (values) =>
            mutation.mutateAsync({ step: "confirmation", body: toConfirmation(entry, values.amount ?? "") }),
        };
      case "waive":
      case "appeal":
        return {
          ...base,
          danger: action === "waive",
          fields: (
            <Form.Item
              name="reason"
              label={t(`discipline.actions.${action}.reason`)}
              extra={t(`discipline.actions.${action}.hint`)}
              required
            >
              <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          ),
          check: checkWith((values: StepValues) => validateReason(values.reason ?? ""), message),
          send: (values) =>
            mutation.mutateAsync(
              action === "waive"
                ? { step: "waiver", body: toWaiver(entry.version, values.reason ?? "") }
                : { step: "appeal", body: toAppeal(entry.version, values.reason ?? "") },
            ),
        };
      case "decideAppeal": {
        const decisionOf = (values: StepValues): AppealDecisionForm => ({
          upheld: values.upheld === "yes" ? "yes" : values.upheld === "no" ? "no" : "",
          note: values.note ?? "",
        });
        return {
          ...base,
          hint: `${t("discipline.fields.appealReason")}: ${entry.appealReason ?? ""}`,
          fields: (
            <>
              <Form.Item name="upheld" label={t("discipline.actions.decideAppeal.outcome")} required>
                <Radio.Group
                  options={[
                    { value: "yes", label: t("discipline.actions.decideAppeal.upheld") },
                    { value: "no", label: t("discipline.actions.decideAppeal.dismissed") },
                  ]}
                />
              </Form.Item>
              <Form.Item name="note" label={t("discipline.actions.decideAppeal.note")} required>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
              </Form.Item>
            </>
          ),
          check: checkWith((values: StepValues) => validateAppealDecision(decisionOf(values)), message),
          send: (values) =>
            mutation.mutateAsync({
              step: "appeal-decision",
              body: toAppealDecision(decisionOf(values), entry.version),
            }),
        };
      }
    }
  };
  return entryActions(entry, me).map(step);
}

/** One ledger entry in full, with what the person may do to it. */
export function EntryPanel({
  entry,
  fieldOnly,
  onClose,
}: {
  entry: DisciplineEntry;
  fieldOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const reload = useReloadLedger();
  const steps = useEntrySteps(entry);
  const source = sourcePath(entry, fieldOnly);
  const title = t("discipline.entryTitle", { number: entry.number });
  const items = [
    { key: "installer", label: t("discipline.fields.installer"), children: entry.installerName ?? "—" },
    { key: "kind", label: t("discipline.fields.kind"), children: t(`discipline.kind.${entry.kind}`) },
    { key: "amount", label: t("discipline.fields.amount"), children: <EntryAmount entry={entry} /> },
    { key: "rule", label: t("discipline.fields.rule"), children: t(`discipline.rule.${entry.rule}`) },
    { key: "occurredOn", label: t("discipline.fields.occurredOn"), children: entry.occurredOn },
    {
      key: "source",
      label: t("discipline.fields.source"),
      children: (
        <Space size={4}>
          {t(`discipline.sourceType.${entry.sourceType}`)}
          {source ? <Link to={source}>{entry.sourceNumber ?? t("discipline.openSource")}</Link> : entry.sourceNumber}
        </Space>
      ),
    },
    {
      key: "status",
      label: t("discipline.fields.status"),
      children: (
        <Space size={4} wrap>
          <DisciplineStatusBadge status={entry.status} />
          {entry.decidedAt && (
            <Typography.Text type="secondary">
              {format.dateTime(entry.decidedAt)} · {nameOf(entry.decidedBy)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(entry.decisionReason
      ? [{ key: "decisionReason", label: t("discipline.fields.decisionReason"), children: entry.decisionReason }]
      : []),
    ...(entry.payMonth ? [{ key: "payMonth", label: t("discipline.fields.payMonth"), children: entry.payMonth }] : []),
    ...(entry.appealStatus
      ? [
          {
            key: "appeal",
            label: t("discipline.fields.appeal"),
            span: "filled" as const,
            children: (
              <Space size={4} wrap>
                <AppealBadge status={entry.appealStatus} />
                {entry.appealReason}
                {entry.appealDecisionNote && (
                  <Typography.Text type="secondary">
                    {entry.appealDecisionNote} · {nameOf(entry.appealDecidedBy)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]
      : []),
    {
      key: "description",
      label: t("discipline.fields.description"),
      span: "filled" as const,
      children: entry.description,
    },
  ];
  return (
    <Card
      size="small"
      role="region"
      aria-label={title}
      title={title}
      extra={
        <Button type="text" icon={<CloseOutlined />} onClick={onClose}>
          {t("common.close")}
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} />
      {steps.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <StepFlow
            label={t("discipline.actions.label")}
            steps={steps}
            initialOpen={steps[0]?.key}
            changedText={t("discipline.errors.changed")}
            changedTypes={CHANGED}
            onReload={() => void reload()}
          />
        </div>
      )}
    </Card>
  );
}
