import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FilePicker } from "@/components/FilePicker";
import { checkWith } from "@/components/form/checks";
import { DateFormItem } from "@/components/form/DateFormItem";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { uploadAttachment } from "@/lib/attachments";
import { useApiClient } from "@/lib/api/client";
import { useTenantFormat } from "@/lib/current-user";
import { useInstallerDirectory } from "@/lib/directory";
import {
  useConnectionStep,
  useDesignCopies,
  useMaterialChoices,
  usePartnerChoices,
  type ConnectionAction,
  type ConnectionApplication,
  type ConnectionCommand,
  type DesignDocument,
} from "../api/connection-applications";
import {
  DEFAULT_CHECKLIST,
  emptyDesignForm,
  failedWithoutFinding,
  stageOfAction,
  toChecklist,
  toConstruction,
  toDesignSubmission,
  validateConstruction,
  type ChecklistRow,
  type ConstructionForm,
  type DesignForm,
  type FormProblem,
} from "../model/connection";

interface DialogProps {
  application: ConnectionApplication;
  action: ConnectionAction;
  onClose: () => void;
}

/** One step of the procedure as a dialog with its form; closes once the server has taken it. */
export function ConnectionActionDialog({ application, action, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t(`connections.actions.${action}`)}
      footer={null}
      destroyOnHidden
      onCancel={onClose}
      width={action === "SUBMIT_DESIGN" || stageOfAction(action) ? 720 : 560}
    >
      <ActionForm application={application} action={action} onClose={onClose} />
    </Modal>
  );
}

type Values = Record<string, unknown>;

/** The shared plumbing of every step form: field errors, success message, closing. */
function useStepForm<V extends Values>(
  application: ConnectionApplication,
  action: ConnectionAction,
  toCommand: (values: V) => ConnectionCommand,
  onClose: () => void,
  check?: (values: V) => Record<string, string>,
  fieldOf?: (serverPath: string) => (string | number)[] | string | null,
) {
  const { t } = useTranslation();
  const step = useConnectionStep(application.id);
  return useApiForm<V, ConnectionApplication>({
    submit: (values) => step.mutateAsync(toCommand(values)),
    success: t(`connections.done.${action}`, { number: application.number }),
    onSuccess: onClose,
    ...(check ? { check } : {}),
    ...(fieldOf ? { fieldOf } : {}),
  });
}

function ActionForm({ application, action, onClose }: DialogProps) {
  switch (action) {
    case "EXPLAIN_DELAY":
      return <TextStepForm application={application} action={action} field="explanation" onClose={onClose} />;
    case "OBJECT_TO_PLAN":
      return <TextStepForm application={application} action={action} field="reason" onClose={onClose} />;
    case "CANCEL":
      return <TextStepForm application={application} action={action} field="reason" onClose={onClose} danger />;
    case "NOTIFY_PLAN":
      return <PlanForm application={application} onClose={onClose} />;
    case "EXTEND_PLAN":
      return <ExtensionForm application={application} onClose={onClose} />;
    case "SUBMIT_DESIGN":
      return <DesignSubmissionForm application={application} onClose={onClose} />;
    case "REVIEW_DESIGN":
      return <ReviewForm application={application} onClose={onClose} />;
    case "START_CONSTRUCTION":
      return <ConstructionStepForm application={application} onClose={onClose} />;
    case "RECORD_MATERIAL":
      return <MaterialForm application={application} onClose={onClose} />;
    case "INSPECT_INTERMEDIATE":
    case "INSPECT_COMPLETION":
      return <InspectionForm application={application} action={action} onClose={onClose} />;
    case "CONNECT":
      return <ConnectForm application={application} onClose={onClose} />;
  }
}

function Footer({
  submitting,
  problem,
  label,
  onClose,
  danger,
}: {
  submitting: boolean;
  problem: ReactNode;
  label: string;
  onClose: () => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {problem && <div style={{ marginBottom: 16 }}>{problem}</div>}
      <SubmitButton
        submitting={submitting}
        danger={danger}
        extra={<Button onClick={onClose}>{t("common.cancel")}</Button>}
      >
        {label}
      </SubmitButton>
    </>
  );
}

function requiredText(t: (key: "validation.required") => string) {
  return (values: Values, fields: readonly string[]) =>
    Object.fromEntries(
      fields
        .filter((field) => String(values[field] ?? "").trim() === "")
        .map((field) => [field, t("validation.required")]),
    );
}

function TextStepForm({
  application,
  action,
  field,
  onClose,
  danger,
}: DialogProps & {
  action: "EXPLAIN_DELAY" | "OBJECT_TO_PLAN" | "CANCEL";
  field: "explanation" | "reason";
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    action,
    (values) => {
      const text = String(values[field] ?? "").trim();
      const version = application.version;
      if (action === "EXPLAIN_DELAY") return { action, body: { version, explanation: text } };
      if (action === "OBJECT_TO_PLAN") return { action, body: { version, reason: text } };
      return { action, body: { version, reason: text } };
    },
    onClose,
    (values) => missing(values, [field]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t(`connections.actions.${action}`)}
    >
      <Form.Item
        name={field}
        label={t(
          `connections.fields.${action === "EXPLAIN_DELAY" ? "delayExplanation" : action === "CANCEL" ? "cancelReason" : "objectionReason"}`,
        )}
        required
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={action === "OBJECT_TO_PLAN" ? 2000 : 1000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t(`connections.actions.${action}`)}
        onClose={onClose}
        danger={danger}
      />
    </Form>
  );
}

function PlanForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const missing = requiredText(t);
  const late = application.promise?.status === "BREACHED";
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "NOTIFY_PLAN",
    (values) => {
      const lateExplanation = String(values.lateExplanation ?? "").trim();
      return {
        action: "NOTIFY_PLAN",
        body: {
          version: application.version,
          plan: String(values.plan ?? "").trim(),
          ...(lateExplanation ? { lateExplanation } : {}),
        },
      };
    },
    onClose,
    (values) => missing(values, ["plan"]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.NOTIFY_PLAN")}
    >
      <Form.Item name="plan" label={t("connections.fields.planText")} required extra={t("connections.plan.textHint")}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
      </Form.Item>
      <Form.Item
        name="lateExplanation"
        label={t("connections.fields.lateExplanation")}
        extra={late ? t("connections.plan.lateHint") : t("connections.plan.lateOptional")}
        required={late && !application.delayExplanation}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.NOTIFY_PLAN")}
        onClose={onClose}
      />
    </Form>
  );
}

function ExtensionForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "EXTEND_PLAN",
    (values) => ({
      action: "EXTEND_PLAN",
      body: {
        version: application.version,
        validUntil: String(values.validUntil),
        reason: String(values.reason ?? "").trim(),
      },
    }),
    onClose,
    (values) => missing(values, ["validUntil", "reason"]),
  );
  const plan = application.plan;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.EXTEND_PLAN")}
    >
      {plan?.extensionLimit && (
        <Typography.Paragraph type="secondary">
          {t("connections.plan.extensionRule", {
            askUntil: plan.extensionAskUntil ? format.date(plan.extensionAskUntil) : "—",
            limit: format.date(plan.extensionLimit),
          })}
        </Typography.Paragraph>
      )}
      <DateFormItem name="validUntil" label={t("connections.fields.newValidUntil")} required />
      <Form.Item name="reason" label={t("connections.fields.extensionReason")} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.EXTEND_PLAN")}
        onClose={onClose}
      />
    </Form>
  );
}

function DesignSubmissionForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const api = useApiClient();
  const copies = useDesignCopies();
  const [scans, setScans] = useState<Partial<Record<DesignDocument, { name: string; id?: string; failed?: boolean }>>>(
    {},
  );
  const initial = emptyDesignForm(application.requiredDocuments, copies.data ?? 2);
  const { form, onFinish, submitting, problem } = useStepForm<{ copies: number; included: DesignDocument[] }>(
    application,
    "SUBMIT_DESIGN",
    (values) => {
      const design: DesignForm = {
        copies: values.copies,
        included: values.included ?? [],
        scans: Object.fromEntries(
          Object.entries(scans).flatMap(([document, scan]) => (scan?.id ? [[document, scan.id]] : [])),
        ),
      };
      return { action: "SUBMIT_DESIGN", body: toDesignSubmission(design, application.version) };
    },
    onClose,
    (values) =>
      (values.included ?? []).length === 0
        ? { included: t("connections.design.noneChecked") }
        : ({} as Record<string, string>),
    (path) => (path.startsWith("documents") ? ["included"] : null),
  );

  async function upload(document: DesignDocument, file: File) {
    setScans((current) => ({ ...current, [document]: { name: file.name } }));
    try {
      const attachment = await uploadAttachment(api, {
        ownerType: "CONNECTION_APPLICATION",
        ownerId: application.id,
        kind: "DOCUMENT",
        file,
      });
      setScans((current) => ({ ...current, [document]: { name: file.name, id: attachment.id } }));
    } catch {
      setScans((current) => ({ ...current, [document]: { name: file.name, failed: true } }));
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.SUBMIT_DESIGN")}
      initialValues={{ copies: initial.copies, included: initial.included }}
      // The tenant's number of copies arrives after the dialog opens.
      key={copies.data ?? "copies"}
    >
      <Form.Item name="copies" label={t("connections.fields.copies")} required>
        <InputNumber<number> min={1} max={10} precision={0} suffix={t("units.copies")} />
      </Form.Item>
      <Form.Item
        name="included"
        label={t("connections.design.checklist")}
        extra={t("connections.design.checklistHint")}
      >
        <Checkbox.Group style={{ width: "100%" }}>
          <Flex vertical gap={8} style={{ width: "100%" }}>
            {application.requiredDocuments.map((document) => {
              const scan = scans[document];
              return (
                <Flex key={document} gap={8} wrap align="center" justify="space-between">
                  <Checkbox value={document}>{t(`connections.document.${document}`)}</Checkbox>
                  <Space size={4}>
                    {scan && (
                      <Tag color={scan.failed ? "error" : scan.id ? "success" : "processing"}>
                        {scan.failed
                          ? t("attachments.state.failed")
                          : scan.id
                            ? scan.name
                            : t("attachments.state.uploading")}
                      </Tag>
                    )}
                    <FilePicker
                      label={t("connections.design.scanOf", { document: t(`connections.document.${document}`) })}
                      accept="image/*,application/pdf"
                      onFiles={(files) => void upload(document, files[0]!)}
                    />
                  </Space>
                </Flex>
              );
            })}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.SUBMIT_DESIGN")}
        onClose={onClose}
      />
    </Form>
  );
}

function ReviewForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "REVIEW_DESIGN",
    (values) => ({
      action: "REVIEW_DESIGN",
      body: {
        version: application.version,
        result: values.result === "CHANGES_REQUIRED" ? "CHANGES_REQUIRED" : "APPROVED",
        opinion: String(values.opinion ?? "").trim(),
      },
    }),
    onClose,
    (values) => missing(values, ["opinion"]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      initialValues={{ result: "APPROVED" }}
      aria-label={t("connections.actions.REVIEW_DESIGN")}
    >
      <Form.Item name="result" label={t("connections.fields.reviewResult")} required>
        <Radio.Group
          options={(["APPROVED", "CHANGES_REQUIRED"] as const).map((value) => ({
            value,
            label: t(`connections.reviewResult.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="opinion" label={t("connections.fields.opinion")} required>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
      </Form.Item>
      <Footer
        submitting={submitting}
        problem={problem}
        label={t("connections.actions.REVIEW_DESIGN")}
        onClose={onClose}
      />
    </Form>
  );
}

function ConstructionStepForm({ application, onClose }: Omit<DialogProps, "action">) {
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

function MaterialForm({ application, onClose }: Omit<DialogProps, "action">) {
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

function InspectionForm({ application, action, onClose }: DialogProps) {
  const { t } = useTranslation();
  const stage = stageOfAction(action) ?? "INTERMEDIATE";
  const initialRows: ChecklistRow[] = DEFAULT_CHECKLIST[stage].map((key) => ({
    item: t(`connections.checklist.${key}` as "connections.checklist.grounding"),
    passed: true,
    finding: "",
  }));
  const { form, onFinish, submitting, problem } = useStepForm<{ inspector: string; checklist: ChecklistRow[] }>(
    application,
    action,
    (values) => ({
      action: "INSPECT",
      body: {
        version: application.version,
        stage,
        inspector: values.inspector.trim(),
        checklist: toChecklist(values.checklist ?? []),
      },
    }),
    onClose,
    (values) => {
      const found: Record<string, string> = {};
      if (!(values.inspector ?? "").trim()) found.inspector = t("validation.required");
      for (const index of failedWithoutFinding(values.checklist ?? [])) {
        found[`checklist[${index}].finding`] = t("connections.inspection.findingRequired");
      }
      if (toChecklist(values.checklist ?? []).length === 0) found.inspector ??= t("connections.inspection.noItems");
      return found;
    },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t(`connections.actions.${action}`)}
      initialValues={{ inspector: "", checklist: initialRows }}
    >
      <Form.Item name="inspector" label={t("connections.fields.inspector")} required>
        <Input maxLength={100} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Typography.Text strong>{t("connections.fields.checklist")}</Typography.Text>
      <Form.List name="checklist">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8} style={{ margin: "8px 0 16px" }}>
            {rows.map((row, index) => (
              <InspectionRow key={row.key} name={row.name} index={index} onRemove={() => remove(row.name)} />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ item: "", passed: true, finding: "" })}
              style={{ alignSelf: "start" }}
            >
              {t("connections.inspection.addItem")}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Footer submitting={submitting} problem={problem} label={t(`connections.actions.${action}`)} onClose={onClose} />
    </Form>
  );
}

function InspectionRow({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const passed = Form.useWatch<boolean | undefined>(["checklist", name, "passed"]);
  return (
    <Flex gap={8} wrap align="start" style={{ borderBottom: "1px solid rgba(5,5,5,0.06)", paddingBottom: 8 }}>
      <Form.Item name={[name, "item"]} style={{ flex: "2 1 220px", marginBottom: 0 }}>
        <Input aria-label={t("connections.inspection.item", { index: index + 1 })} maxLength={200} />
      </Form.Item>
      <Form.Item name={[name, "passed"]} valuePropName="checked" style={{ marginBottom: 0 }}>
        <Switch
          aria-label={t("connections.inspection.passed", { index: index + 1 })}
          checkedChildren={t("connections.inspectionResult.PASSED")}
          unCheckedChildren={t("connections.inspectionResult.FAILED")}
        />
      </Form.Item>
      {passed === false && (
        <Form.Item name={[name, "finding"]} style={{ flex: "2 1 220px", marginBottom: 0 }} required>
          <Input
            aria-label={t("connections.inspection.finding", { index: index + 1 })}
            placeholder={t("connections.inspection.findingPlaceholder")}
            maxLength={1000}
          />
        </Form.Item>
      )}
      <Button
        icon={<DeleteOutlined />}
        aria-label={t("connections.inspection.remove", { index: index + 1 })}
        onClick={onRemove}
      />
    </Flex>
  );
}

function ConnectForm({ application, onClose }: Omit<DialogProps, "action">) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const missing = requiredText(t);
  const { form, onFinish, submitting, problem } = useStepForm<Values>(
    application,
    "CONNECT",
    (values) => ({
      action: "CONNECT",
      body: {
        version: application.version,
        supplyContractNumber: String(values.supplyContractNumber ?? "").trim(),
        contractSignedOn: String(values.contractSignedOn),
        meterNumber: String(values.meterNumber ?? "").trim(),
      },
    }),
    onClose,
    (values) => missing(values, ["supplyContractNumber", "contractSignedOn", "meterNumber"]),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={submitting}
      aria-label={t("connections.actions.CONNECT")}
      initialValues={{ contractSignedOn: format.today() }}
    >
      <Form.Item name="supplyContractNumber" label={t("connections.fields.supplyContractNumber")} required>
        <Input maxLength={50} />
      </Form.Item>
      <DateFormItem name="contractSignedOn" label={t("connections.fields.contractSignedOn")} required />
      <Form.Item name="meterNumber" label={t("connections.fields.meterNumber")} required>
        <Input maxLength={50} />
      </Form.Item>
      <Footer submitting={submitting} problem={problem} label={t("connections.actions.CONNECT")} onClose={onClose} />
    </Form>
  );
}
