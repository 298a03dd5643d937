import { Button, Card, Flex, Form, Typography } from "antd";
import { useState, type ReactNode } from "react";
import { isProblemType, isStaleVersion } from "@/lib/api/problem";
import { SubmitButton } from "./form/SubmitButton";
import { useApiForm, type FormCheck } from "./form/use-api-form";
import { RefusalAlert } from "./ProblemAlert";

/** The values of a step's form: its fields by name (text, or a choice's value). */
export type StepValues = Record<string, string | undefined>;

/** One step a record allows next (start investigating, commit, resolve…), with the form that records it. */
export interface FlowStep {
  key: string;
  /** The button that opens the step. */
  open: string;
  /** The form's name (its accessible name). */
  title: string;
  /** The submit button. */
  submit: string;
  /** What happened, as a success message. */
  done?: string;
  /** A rejection or waiver: its submit button is red. */
  danger?: boolean;
  /** A line above the fields (what the step does). */
  hint?: ReactNode;
  /** The step's fields, as `Form.Item`s. */
  fields: ReactNode;
  initialValues?: StepValues;
  /** Checks made before sending; messages by field name. */
  check?: FormCheck<StepValues>;
  /** Sends the step; rejects with the ApiError. */
  send: (values: StepValues) => Promise<unknown>;
}

interface StepFlowProps {
  /** The region's name, e.g. "Next steps". */
  label: string;
  /** The steps the record allows the person now, the usual one first. */
  steps: readonly FlowStep[];
  /** The step whose form is open at first (the one a deadline asks for); none when left out. */
  initialOpen?: string;
  /** The headline when someone else moved the record on meanwhile. */
  changedText: string;
  /** Problem types (besides a stale version) that mean the record moved on: the person reloads. */
  changedTypes?: readonly string[];
  onReload: () => void;
  onDone?: () => void;
}

/**
 * The next steps of a record that moves through states (a complaint, an objection, a ledger entry): a button per
 * step the state allows, opening the one form of that step. A refusal because someone else moved the record on
 * offers a reload; field errors land on their fields.
 */
export function StepFlow({ label, steps, initialOpen, changedText, changedTypes, onReload, onDone }: StepFlowProps) {
  const [open, setOpen] = useState<string | null>(initialOpen ?? null);
  const shown = steps.find((step) => step.key === open);
  if (steps.length === 0) return null;
  return (
    <Card size="small" title={label} role="region" aria-label={label}>
      <Flex gap={8} wrap style={{ marginBottom: shown ? 16 : 0 }}>
        {steps.map((step) => (
          <Button
            key={step.key}
            type={shown?.key === step.key ? "primary" : "default"}
            danger={step.danger}
            aria-expanded={shown?.key === step.key}
            onClick={() => setOpen(shown?.key === step.key ? null : step.key)}
          >
            {step.open}
          </Button>
        ))}
      </Flex>
      {shown && (
        <StepForm
          key={shown.key}
          step={shown}
          changedText={changedText}
          changedTypes={changedTypes ?? []}
          onReload={onReload}
          onDone={() => {
            setOpen(null);
            onDone?.();
          }}
        />
      )}
    </Card>
  );
}

function StepForm({
  step,
  changedText,
  changedTypes,
  onReload,
  onDone,
}: {
  step: FlowStep;
  changedText: string;
  changedTypes: readonly string[];
  onReload: () => void;
  onDone: () => void;
}) {
  const { form, onFinish, submitting, error, problem, reset } = useApiForm<StepValues>({
    submit: (values) => step.send(values),
    check: step.check,
    success: step.done,
    onSuccess: onDone,
  });
  const changed = isStaleVersion(error) || changedTypes.some((type) => isProblemType(error, type));
  return (
    <Form<StepValues>
      form={form}
      layout="vertical"
      aria-label={step.title}
      initialValues={step.initialValues}
      onFinish={onFinish}
      disabled={submitting}
    >
      {step.hint && <Typography.Paragraph type="secondary">{step.hint}</Typography.Paragraph>}
      {step.fields}
      {changed ? (
        <RefusalAlert
          error={error}
          changedTypes={changedTypes}
          changedText={changedText}
          onReload={() => {
            reset();
            onReload();
          }}
        />
      ) : (
        problem
      )}
      <div style={{ marginTop: error ? 12 : 0 }}>
        <SubmitButton submitting={submitting} danger={step.danger}>
          {step.submit}
        </SubmitButton>
      </div>
    </Form>
  );
}
