import { Card, Form, Input, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { checkWith } from "@/components/form/checks";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { RefusalAlert } from "@/components/ProblemAlert";
import { useRecordAttempt, useReloadFollowUp, type FollowUp } from "../api/follow-ups";
import {
  QUESTIONS,
  SCORES,
  emptyAttemptForm,
  toRecordAttempt,
  validateAttempt,
  type AttemptForm as AttemptModel,
  type AttemptProblem,
  type Question,
} from "../model/attempt-form";

const FIELDS = new Set([
  "reached",
  "answers",
  ...QUESTIONS.map((question) => `answers.${question}`),
  "suggestions",
  "note",
]);
const SCORE_OPTIONS = SCORES.map((score) => ({ value: score, label: String(score) }));
type Reached = "yes" | "no";

/** The form's values as antd holds them; fields never shown stay undefined. */
interface AttemptValues {
  reached?: Reached;
  answers?: Partial<Record<Question, number>>;
  suggestions?: string;
  note?: string;
}

function toModel(values: AttemptValues): AttemptModel {
  const empty = emptyAttemptForm();
  return {
    reached: values.reached === undefined ? null : values.reached === "yes",
    answers: {
      knowsUsage: values.answers?.knowsUsage ?? null,
      meetsNeeds: values.answers?.meetsNeeds ?? null,
      installerAttitude: values.answers?.installerAttitude ?? null,
    },
    suggestions: values.suggestions ?? empty.suggestions,
    note: values.note ?? empty.note,
  };
}

/** The outcome of one call: reached with the three answers and suggestions, or not reached; a note either way. */
export function AttemptForm({ followUp, onRecorded }: { followUp: FollowUp; onRecorded: (saved: FollowUp) => void }) {
  const { t } = useTranslation();
  const mutation = useRecordAttempt(followUp.id);
  const reloadFollowUp = useReloadFollowUp(followUp.id);
  const { form, onFinish, submitting, error, reset } = useApiForm<AttemptValues, FollowUp>({
    submit: (values) => mutation.mutateAsync(toRecordAttempt(toModel(values), followUp.version)),
    check: checkWith<AttemptValues, AttemptProblem>(
      (values) => validateAttempt(toModel(values)),
      (problem) => t(`followUps.attempt.problems.${problem}`),
    ),
    onSuccess: (saved) => onRecorded(saved),
  });
  const reached = Form.useWatch("reached", form);
  const title = t("followUps.attempt.title");

  return (
    <Card size="small" title={title}>
      <Form<AttemptValues>
        form={form}
        layout="vertical"
        aria-label={title}
        onFinish={(values) => void onFinish(values)}
        disabled={submitting}
      >
        <Form.Item name="reached" label={t("followUps.attempt.reached")} required>
          <Radio.Group
            aria-label={t("followUps.attempt.reached")}
            options={[
              { value: "yes", label: t("followUps.attempt.reachedYes") },
              { value: "no", label: t("followUps.attempt.reachedNo") },
            ]}
          />
        </Form.Item>
        {reached === "yes" && (
          <>
            {QUESTIONS.map((question) => (
              <Form.Item
                key={question}
                name={["answers", question]}
                label={t(`followUps.questions.${question}`)}
                required
              >
                <Radio.Group
                  optionType="button"
                  aria-label={t(`followUps.questions.${question}`)}
                  options={SCORE_OPTIONS}
                />
              </Form.Item>
            ))}
            <Typography.Paragraph type="secondary">{t("followUps.script.scale")}</Typography.Paragraph>
            <Form.Item name="suggestions" label={t("followUps.attempt.suggestions")}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t("followUps.attempt.note")}>
          <Input.TextArea
            rows={2}
            placeholder={reached === "no" ? t("followUps.attempt.notePlaceholderNotReached") : undefined}
          />
        </Form.Item>
        {error ? (
          <Form.Item>
            <RefusalAlert
              error={error}
              changedTypes={["follow-up-done"]}
              changedText={t("followUps.errors.changed")}
              displayedFields={FIELDS}
              onReload={() => {
                reset();
                mutation.reset();
                void reloadFollowUp();
              }}
            />
          </Form.Item>
        ) : null}
        <SubmitButton submitting={submitting}>
          {reached === "no" ? t("followUps.attempt.submitNotReached") : t("followUps.attempt.submit")}
        </SubmitButton>
      </Form>
    </Card>
  );
}
