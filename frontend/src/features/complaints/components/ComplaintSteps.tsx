import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { StepFlow, type FlowStep, type StepValues } from "@/components/StepFlow";
import { useCurrentUser } from "@/lib/current-user";
import { useComplaintStep, useReloadComplaint, type Complaint } from "../api/complaints";
import {
  nextSteps,
  toClosing,
  toStep,
  validateClosing,
  validateStep,
  type ClosingForm,
  type ComplaintStep,
  type StepForm,
} from "../model/complaint-form";

const stepFormOf = (values: StepValues): StepForm => ({
  note: values.note ?? "",
  customerAnswer: values.customerAnswer ?? "",
});
const closingFormOf = (values: StepValues): ClosingForm => ({
  remedialAction: values.remedialAction ?? "",
  customerAnswer: values.customerAnswer ?? "",
});

/** The steps the complaint still allows the person: investigate, verify or reject (saying why), close. */
export function ComplaintSteps({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const mutation = useComplaintStep(complaint.id);
  const reload = useReloadComplaint(complaint.id);
  const required = () => t("validation.required");
  // The answer to the customer is asked for until it was given once.
  const answerField = (label: string, hint?: string) =>
    complaint.customerAnswer ? null : (
      <Form.Item name="customerAnswer" label={label} extra={hint}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    );

  const decision = (step: Exclude<ComplaintStep, "closing">): FlowStep => ({
    key: step,
    open: t(`complaints.steps.${step}.open`),
    title: t(`complaints.steps.${step}.title`),
    submit: t(`complaints.steps.${step}.submit`),
    done: t(`complaints.steps.${step}.done`),
    danger: step === "rejection",
    hint: step === "verification" ? t("complaints.steps.verification.hint") : undefined,
    fields: (
      <>
        <Form.Item
          name="note"
          label={t(step === "rejection" ? "complaints.fields.rejectionNote" : "complaints.fields.note")}
          required={step === "rejection"}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        {answerField(t("complaints.fields.customerAnswerNow"), t("complaints.steps.answerHint"))}
      </>
    ),
    check: checkWith((values: StepValues) => validateStep(step, stepFormOf(values)), required),
    send: (values) => mutation.mutateAsync({ step, body: toStep(stepFormOf(values), complaint.version) }),
  });

  const closing: FlowStep = {
    key: "closing",
    open: t("complaints.steps.closing.open"),
    title: t("complaints.steps.closing.title"),
    submit: t("complaints.steps.closing.submit"),
    done: t("complaints.steps.closing.done"),
    fields: (
      <>
        <Form.Item name="remedialAction" label={t("complaints.fields.remedialAction")} required>
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        {complaint.customerAnswer ? null : (
          <Form.Item name="customerAnswer" label={t("complaints.fields.customerAnswer")} required>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        )}
      </>
    ),
    check: checkWith((values: StepValues) => validateClosing(closingFormOf(values), complaint), required),
    send: (values) =>
      mutation.mutateAsync({ step: "closing", body: toClosing(closingFormOf(values), complaint.version) }),
  };

  const steps = nextSteps(complaint, me.roles.includes("manager")).map((step) =>
    step === "closing" ? closing : decision(step),
  );
  return (
    <StepFlow
      label={t("complaints.detail.steps")}
      steps={steps}
      changedText={t("complaints.errors.changed")}
      changedTypes={["complaint-status"]}
      onReload={() => {
        mutation.reset();
        void reload();
      }}
    />
  );
}
