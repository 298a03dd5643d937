import { Button, Card, Checkbox, Flex, Form, Input, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useApiForm } from "@/components/form/use-api-form";
import { QuantityList } from "@/components/WorkOrderFields";
import { useOrderAction, type SafetyChecklist, type WorkOrder } from "../../api/work-orders";
import { applicableChecks, asksHazardsReported, requiredChecksOf, type RequiredCheck } from "../../model/checklist";
import {
  emptyCompletionForm,
  toCompleteRequest,
  validateCompletion,
  type CompletionForm,
} from "../../model/completion-form";
import { ActionProblem } from "../ActionProblem";

interface CompletionValues {
  checklist?: SafetyChecklist;
  report?: {
    faultCause?: string;
    solution?: string;
    partsReplaced?: { name?: string; quantity?: number | null }[];
    customerOpinion?: string;
    productSuggestions?: string;
  };
  paymentCollected?: string;
}

/** The form's values as the completion model reads them. */
function completionOf(values: CompletionValues, checks: readonly RequiredCheck[]): CompletionForm {
  const checklist = values.checklist ?? {};
  const report = values.report ?? {};
  return {
    ...emptyCompletionForm(),
    checks: Object.fromEntries(checks.map((check) => [check, checklist[check] === true])),
    hazardsFound: checklist.hazardsFound ?? null,
    hazardsReportedToCustomer: checklist.hazardsReportedToCustomer === true,
    faultCause: report.faultCause ?? "",
    solution: report.solution ?? "",
    parts: (report.partsReplaced ?? []).map((part) => ({
      name: part.name ?? "",
      quantity: part.quantity === null || part.quantity === undefined ? "" : String(part.quantity),
    })),
    customerOpinion: report.customerOpinion ?? "",
    productSuggestions: report.productSuggestions ?? "",
    paymentCollected: values.paymentCollected ?? "",
  };
}

interface CompleteWorkFormProps {
  order: WorkOrder;
  /** The job's safety checks as the server lists them; without them, the rules of the order's type and tasks. */
  safetyChecks?: readonly { key: string }[];
  onDone?: () => void;
}

/**
 * The safety checklist (every check that applies to this job) and the service report. Missing items are marked at
 * their control, whether the form or the server's 422 found them.
 */
export function CompleteWorkForm({ order, safetyChecks, onDone }: CompleteWorkFormProps) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const checks = safetyChecks ? requiredChecksOf(safetyChecks) : applicableChecks(order);
  const api = useApiForm<CompletionValues>({
    check: (values) =>
      Object.fromEntries(
        Object.entries(validateCompletion(completionOf(values, checks), order, checks)).map(([path, problem]) => [
          path,
          t(`workOrders.complete.problems.${problem}`),
        ]),
      ),
    submit: (values) =>
      mutation.mutateAsync({
        action: "complete",
        body: toCompleteRequest(completionOf(values, checks), order, checks),
      }),
    onSuccess: () => onDone?.(),
  });
  const hazardsFound = Form.useWatch(["checklist", "hazardsFound"], api.form) ?? null;
  const parts: readonly unknown[] = Form.useWatch(["report", "partsReplaced"], api.form) ?? [];
  const shown = new Set<string>([
    ...checks.map((check) => `checklist.${check}`),
    "checklist.hazardsFound",
    "checklist.hazardsReportedToCustomer",
    "report.faultCause",
    "report.solution",
    "report.customerOpinion",
    "report.productSuggestions",
    "paymentCollected",
    ...parts.flatMap((_, i) => [`report.partsReplaced[${i}].name`, `report.partsReplaced[${i}].quantity`]),
  ]);

  return (
    <Form<CompletionValues>
      form={api.form}
      layout="vertical"
      aria-label={t("workOrders.complete.title")}
      onFinish={api.onFinish}
      onValuesChange={(changed: CompletionValues) => {
        if (changed.checklist?.hazardsFound === false) {
          api.form.setFieldValue(["checklist", "hazardsReportedToCustomer"], undefined);
        }
      }}
    >
      <Flex vertical gap={12}>
        <Card size="small" title={t("workOrders.complete.checklist")}>
          {checks.map((check) => (
            <Form.Item key={check} name={["checklist", check]} valuePropName="checked" required>
              <Checkbox>{t(`workOrders.checklist.${check}`)}</Checkbox>
            </Form.Item>
          ))}
          <Form.Item name={["checklist", "hazardsFound"]} label={t("workOrders.checklist.hazardsFound")} required>
            <Radio.Group
              aria-label={t("workOrders.checklist.hazardsFound")}
              options={[
                { value: true, label: t("common.yes") },
                { value: false, label: t("common.no") },
              ]}
            />
          </Form.Item>
          {asksHazardsReported(hazardsFound) && (
            <Form.Item name={["checklist", "hazardsReportedToCustomer"]} valuePropName="checked" required>
              <Checkbox>{t("workOrders.checklist.hazardsReportedToCustomer")}</Checkbox>
            </Form.Item>
          )}
        </Card>

        <Card size="small" title={t("workOrders.complete.report")}>
          <Form.Item name={["report", "faultCause"]} label={t("workOrders.report.faultCause")} required>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name={["report", "solution"]} label={t("workOrders.report.solution")} required>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Typography.Text strong>{t("workOrders.report.partsReplaced")}</Typography.Text>
          <div style={{ marginTop: 4, marginBottom: 16 }}>
            <QuantityList
              name={["report", "partsReplaced"]}
              texts={{
                name: (number) => t("workOrders.report.partName", { number }),
                quantity: (number) => t("workOrders.report.partQuantity", { number }),
                remove: (number) => t("workOrders.report.removePart", { number }),
                add: t("workOrders.report.addPart"),
                empty: t("workOrders.report.noParts"),
              }}
            />
          </div>
          <Form.Item name={["report", "customerOpinion"]} label={t("workOrders.report.customerOpinion")} required>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name={["report", "productSuggestions"]} label={t("workOrders.report.productSuggestions")}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {order.fee && (
            <Form.Item
              name="paymentCollected"
              label={t("workOrders.report.paymentCollected")}
              extra={t("workOrders.report.feeHint", { fee: order.fee })}
            >
              <Input inputMode="decimal" maxLength={12} style={{ maxWidth: 200 }} />
            </Form.Item>
          )}
        </Card>
        <ActionProblem error={api.error} displayedFields={shown} onReload={reload} />
        <div className="next-action">
          <Button type="primary" htmlType="submit" size="large" block loading={api.submitting}>
            {t("workOrders.complete.submit")}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
