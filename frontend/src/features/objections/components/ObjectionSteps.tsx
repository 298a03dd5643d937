import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { StepFlow, type FlowStep, type StepValues } from "@/components/StepFlow";
import { useObjectionStep, useReloadObjection, type CustomerInformedVia, type Objection } from "../api/objections";
import {
  INFORMED_VIA,
  nextSteps,
  toCommitment,
  toResolution,
  validateCommitment,
  validateResolution,
  type ResolutionForm,
} from "../model/objection-form";

const resolutionOf = (values: StepValues): ResolutionForm => ({
  resolution: values.resolution ?? "",
  customerInformedVia: (values.customerInformedVia ?? "") as CustomerInformedVia | "",
});

/** The steps the objection still allows: the commitment the deadline asks for (open at once), then the resolution. */
export function ObjectionSteps({ objection }: { objection: Objection }) {
  const { t } = useTranslation();
  const mutation = useObjectionStep(objection.id);
  const reload = useReloadObjection(objection.id);
  const required = () => t("validation.required");

  const commitment: FlowStep = {
    key: "commitment",
    open: t("objections.steps.commitment.open"),
    title: t("objections.steps.commitment.title"),
    submit: t("objections.steps.commitment.submit"),
    done: t("objections.steps.commitment.done"),
    fields: (
      <Form.Item
        name="commitment"
        label={t("objections.fields.commitment")}
        extra={t("objections.steps.commitment.hint")}
        required
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    ),
    check: checkWith((values: StepValues) => validateCommitment(values.commitment ?? ""), required),
    send: (values) =>
      mutation.mutateAsync({ step: "commitment", body: toCommitment(values.commitment ?? "", objection.version) }),
  };

  const resolution: FlowStep = {
    key: "resolution",
    open: t("objections.steps.resolution.open"),
    title: t("objections.steps.resolution.title"),
    submit: t("objections.steps.resolution.submit"),
    done: t("objections.steps.resolution.done"),
    fields: (
      <>
        <Form.Item name="resolution" label={t("objections.fields.resolution")} required>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="customerInformedVia" label={t("objections.fields.customerInformedVia")} required>
          <Select
            placeholder={t("objections.steps.resolution.chooseVia")}
            style={{ maxWidth: 240 }}
            options={INFORMED_VIA.map((via) => ({ value: via, label: t(`objections.via.${via}`) }))}
          />
        </Form.Item>
      </>
    ),
    check: checkWith((values: StepValues) => validateResolution(resolutionOf(values)), required),
    send: (values) =>
      mutation.mutateAsync({ step: "resolution", body: toResolution(resolutionOf(values), objection.version) }),
  };

  const steps = nextSteps(objection).map((step) => (step === "commitment" ? commitment : resolution));
  return (
    <StepFlow
      label={t("objections.detail.steps")}
      steps={steps}
      // The commitment first: it is what the deadline asks for.
      initialOpen={steps[0]?.key}
      changedText={t("objections.errors.changed")}
      changedTypes={["objection-status"]}
      onReload={() => {
        mutation.reset();
        void reload();
      }}
    />
  );
}
