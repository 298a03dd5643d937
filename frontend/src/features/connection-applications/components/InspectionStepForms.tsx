import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Form, Input, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { DateFormItem } from "@/components/form/DateFormItem";
import { useTenantFormat } from "@/lib/current-user";
import {
  DEFAULT_CHECKLIST,
  failedWithoutFinding,
  stageOfAction,
  toChecklist,
  type ChecklistRow,
} from "../model/connection";
import { type DialogProps, type Values, useStepForm, Footer, requiredText } from "./step-form";

export function InspectionForm({ application, action, onClose }: DialogProps) {
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

export function ConnectForm({ application, onClose }: Omit<DialogProps, "action">) {
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
