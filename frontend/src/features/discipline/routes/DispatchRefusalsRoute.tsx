import { PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal, Radio, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { checkWith } from "@/components/form/checks";
import { defined } from "@/components/form/defined";
import { InstallerPicker } from "@/components/form/InstallerPicker";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { WorkOrderPicker } from "@/components/form/WorkOrderPicker";
import { ListPage } from "@/components/ListPage";
import { useTenantFormat } from "@/lib/current-user";
import { useStaffNames } from "@/lib/staff-names";
import { useUrlFilters } from "@/lib/use-url-filters";
import {
  useDecideDispatchRefusal,
  useDispatchRefusals,
  useRecordDispatchRefusal,
  type DispatchRefusal,
  type RefusalStatus,
} from "../api/discipline";
import { DisciplineTabs } from "../components/DisciplineTabs";
import { OfficeOnly } from "../components/OfficeOnly";
import {
  REFUSAL_KINDS,
  REFUSAL_STATUSES,
  toRefusal,
  toRefusalDecision,
  validateRefusal,
  type DisciplineProblem,
  type RefusalForm,
} from "../model/discipline";
import { tagColour } from "@/app/design/theme";

const STATUS_COLOR: Record<RefusalStatus, string> = {
  PENDING: tagColour.gold,
  APPROVED: tagColour.green,
  NOT_APPROVED: "red",
};

/** URL value of "every status"; without a status the page shows the refusals still to decide. */
const ALL = "all";

function RecordRefusalForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordDispatchRefusal();
  const empty = (): RefusalForm => ({ workOrderId: "", installerId: "", kind: "REFUSED", reason: "" });
  const full = (values: RefusalForm) => ({ ...empty(), ...defined(values) });
  const { form, onFinish, submitting, problem } = useApiForm<RefusalForm, DispatchRefusal>({
    submit: (values) => record.mutateAsync(toRefusal(full(values))),
    check: checkWith(
      (values: RefusalForm) => validateRefusal(full(values)),
      (found: DisciplineProblem) => (found === "required" ? t("validation.required") : t(`discipline.errors.${found}`)),
    ),
    success: t("discipline.refusals.recorded"),
    onSuccess: onDone,
  });
  return (
    <Form<RefusalForm>
      form={form}
      layout="vertical"
      aria-label={t("discipline.refusals.record")}
      initialValues={empty()}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Form.Item name="workOrderId" label={t("discipline.refusals.workOrder")} required>
        <WorkOrderPicker />
      </Form.Item>
      <Form.Item name="installerId" label={t("discipline.fields.installer")} required>
        <InstallerPicker placeholder={t("discipline.choose")} />
      </Form.Item>
      <Form.Item name="kind" label={t("discipline.refusals.kind")} required>
        <Radio.Group
          optionType="button"
          options={REFUSAL_KINDS.map((value) => ({ value, label: t(`discipline.refusals.kinds.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t("discipline.refusals.reason")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("discipline.refusals.submit")}</SubmitButton>
    </Form>
  );
}

/** Approve the reason (no consequence) or not (proposes the disobedience fine), with an optional note. */
function DecideRefusalForm({ refusal, onDone }: { refusal: DispatchRefusal; onDone: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideDispatchRefusal(refusal.id);
  const { form, onFinish, submitting, problem } = useApiForm<{ approved?: "yes" | "no"; note?: string }>({
    submit: (values) =>
      decide.mutateAsync(toRefusalDecision(values.approved === "yes", values.note ?? "", refusal.version)),
    check: (values): Record<string, string> => (values.approved ? {} : { approved: t("validation.required") }),
    success: t("discipline.refusals.decided"),
    onSuccess: onDone,
  });
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={t("discipline.refusals.decideOf", { number: refusal.workOrderNumber ?? "" })}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Typography.Paragraph>
        {t(`discipline.refusals.kinds.${refusal.kind}`)} · {refusal.installerName}
        {refusal.reason && (
          <>
            <br />
            {t("discipline.refusals.reason")}: {refusal.reason}
          </>
        )}
      </Typography.Paragraph>
      <Form.Item name="approved" label={t("discipline.refusals.decision")} required>
        <Radio.Group
          options={[
            { value: "yes", label: t("discipline.refusals.approveHint") },
            { value: "no", label: t("discipline.refusals.notApproveHint") },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t("discipline.refusals.decisionNote")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton submitting={submitting}>{t("discipline.refusals.decide")}</SubmitButton>
    </Form>
  );
}

/** Assignments an installer refused or ignored, and the office's decision on each reason. */
export function DispatchRefusalsRoute() {
  return (
    <OfficeOnly>
      <DispatchRefusalsPage />
    </OfficeOnly>
  );
}

function DispatchRefusalsPage() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useStaffNames();
  const { search, choose } = useUrlFilters();
  const chosen = search.get("status");
  const status = chosen === ALL ? undefined : (REFUSAL_STATUSES.find((value) => value === chosen) ?? "PENDING");
  const refusals = useDispatchRefusals(status);
  const [recording, setRecording] = useState(false);
  const [deciding, setDeciding] = useState<DispatchRefusal | null>(null);
  const columns: ColumnsType<DispatchRefusal> = [
    {
      title: t("discipline.refusals.workOrder"),
      dataIndex: "workOrderNumber",
      render: (number: string | undefined, refusal) => (
        <Link to={`/work-orders/${refusal.workOrderId}`}>{number ?? t("discipline.openSource")}</Link>
      ),
    },
    { title: t("discipline.fields.installer"), dataIndex: "installerName" },
    {
      title: t("discipline.refusals.kind"),
      dataIndex: "kind",
      render: (kind: DispatchRefusal["kind"]) => t(`discipline.refusals.kinds.${kind}`),
    },
    {
      title: t("discipline.fields.status"),
      dataIndex: "status",
      render: (value: RefusalStatus, refusal) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLOR[value]}>{t(`discipline.refusals.status.${value}`)}</Tag>
          {refusal.decidedBy && (
            <Typography.Text type="secondary">
              {nameOf(refusal.decidedBy)}
              {refusal.decisionNote ? ` · ${refusal.decisionNote}` : ""}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t("discipline.refusals.reason"),
      dataIndex: "reason",
      responsive: ["md"],
      render: (reason?: string) => reason ?? "—",
    },
    {
      title: t("discipline.refusals.recordedAt"),
      dataIndex: "recordedAt",
      responsive: ["lg"],
      render: (at: string, refusal) => (
        <Typography.Text type="secondary">
          {format.dateTime(at)} · {nameOf(refusal.recordedBy)}
        </Typography.Text>
      ),
    },
    {
      title: t("common.actions"),
      key: "decide",
      render: (_: unknown, refusal) =>
        refusal.status === "PENDING" ? (
          <Button
            size="small"
            aria-label={t("discipline.refusals.decideOf", { number: refusal.workOrderNumber ?? "" })}
            onClick={() => setDeciding(refusal)}
          >
            {t("discipline.refusals.decide")}
          </Button>
        ) : null,
    },
  ];
  return (
    <ListPage
      title={t("discipline.refusals.title")}
      description={t("discipline.refusals.description")}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          {t("discipline.refusals.record")}
        </Button>
      }
      filtersLabel={t("discipline.refusals.filter")}
      filters={
        <SelectFilter<string>
          label={t("discipline.fields.status")}
          placeholder={t("discipline.refusals.status.PENDING")}
          value={status ?? ALL}
          onChange={(value) => choose("status", value === "PENDING" ? undefined : value)}
          options={[
            { value: ALL, label: t("common.all") },
            ...REFUSAL_STATUSES.map((value) => ({ value, label: t(`discipline.refusals.status.${value}`) })),
          ]}
        />
      }
      extra={<DisciplineTabs />}
    >
      <DataTable<DispatchRefusal>
        caption={t("discipline.refusals.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: t("discipline.refusals.empty") }}
        {...keysetTable(refusals)}
      />
      <Modal
        open={recording}
        title={t("discipline.refusals.record")}
        footer={null}
        destroyOnHidden
        onCancel={() => setRecording(false)}
      >
        {recording && <RecordRefusalForm onDone={() => setRecording(false)} />}
      </Modal>
      <Modal
        open={deciding !== null}
        title={deciding ? t("discipline.refusals.decideOf", { number: deciding.workOrderNumber ?? "" }) : ""}
        footer={null}
        destroyOnHidden
        onCancel={() => setDeciding(null)}
      >
        {deciding && <DecideRefusalForm refusal={deciding} onDone={() => setDeciding(null)} />}
      </Modal>
    </ListPage>
  );
}
