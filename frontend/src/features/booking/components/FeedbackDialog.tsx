import { Alert, Button, Form, Input, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { readableFieldErrors } from "@/lib/api/problem-text";
import { isBlank } from "@/lib/validation";
import { COMPLAINT_CATEGORIES, useMyFeedback, type ComplaintCategory } from "../api/my-account";

const FIELDS = new Set(["description", "category"]);

/**
 * An objection to how a request was handled, or a complaint about the installer on its visit: what each is for
 * in a sentence, then the words; the number it is recorded under is the answer.
 */
export function FeedbackDialog({
  kind,
  number,
  onClose,
}: {
  kind: "objection" | "complaint";
  number: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const mutation = useMyFeedback(number);
  const [category, setCategory] = useState<ComplaintCategory | undefined>();
  const [description, setDescription] = useState("");
  const [missing, setMissing] = useState<{ category?: boolean; description?: boolean }>({});
  const server = readableFieldErrors(mutation.error, i18n);
  const recorded = mutation.data?.number;
  const texts = `booking.account.${kind}` as const;

  function submit() {
    const lacking = { category: kind === "complaint" && !category, description: isBlank(description) };
    setMissing(lacking);
    if (lacking.category || lacking.description) return;
    mutation.mutate(
      kind === "objection"
        ? { kind, description: description.trim() }
        : { kind, category: category!, description: description.trim() },
    );
  }

  return (
    <Modal
      open
      title={t(`${texts}.title`, { number })}
      onCancel={onClose}
      footer={
        recorded
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                {t("booking.account.close")}
              </Button>,
            ]
          : [
              <Button
                key="send"
                type="primary"
                loading={mutation.isPending}
                disabled={mutation.isPending}
                onClick={submit}
              >
                {t(`${texts}.submit`)}
              </Button>,
              <Button key="keep" onClick={onClose}>
                {t("common.cancel")}
              </Button>,
            ]
      }
    >
      {recorded ? (
        <Alert type="success" showIcon role="status" title={t(`${texts}.done`, { number: recorded })} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t(`${texts}.intro`)}</Typography.Paragraph>
          <Form layout="vertical" component="div" requiredMark={false}>
            {kind === "complaint" && (
              <Form.Item
                label={t("booking.account.complaint.category")}
                htmlFor={`complaint-category-${number}`}
                validateStatus={missing.category || server.category ? "error" : undefined}
                help={missing.category ? t("booking.problems.required") : server.category}
              >
                <Select
                  id={`complaint-category-${number}`}
                  value={category}
                  onChange={(value) => setCategory(value)}
                  options={COMPLAINT_CATEGORIES.map((value) => ({
                    value,
                    label: t(`booking.account.complaint.categories.${value}`),
                  }))}
                />
              </Form.Item>
            )}
            <Form.Item
              label={t(`${texts}.description`)}
              htmlFor={`${kind}-description-${number}`}
              validateStatus={missing.description || server.description ? "error" : undefined}
              help={missing.description ? t("booking.problems.required") : server.description}
            >
              <Input.TextArea
                id={`${kind}-description-${number}`}
                rows={4}
                maxLength={2000}
                value={description}
                onChange={(event) => setDescription(event.target.value)}
              />
            </Form.Item>
          </Form>
          {mutation.error != null && <ProblemAlert error={mutation.error} displayedFields={FIELDS} />}
        </>
      )}
    </Modal>
  );
}
