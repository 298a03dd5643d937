import { Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { readableFieldErrors } from "@/lib/api/problem-text";
import { useBookingAction, type BookingTarget } from "../api/booking";
import { BookingActionProblem } from "./BookingActionProblem";

const FIELDS = new Set(["reason"]);

/** Asks once more before cancelling; a reason helps the office but is not required. */
export function CancelDialog({
  target,
  number,
  onClose,
}: {
  target: BookingTarget;
  number: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const mutation = useBookingAction(target);
  const [reason, setReason] = useState("");
  // The server answers in the page's language; a message it could not translate is replaced, never shown in English.
  const server = readableFieldErrors(mutation.error, i18n);

  function submit() {
    const trimmed = reason.trim();
    mutation.mutate({ action: "cancel", body: trimmed ? { reason: trimmed } : {} }, { onSuccess: onClose });
  }

  return (
    <Modal
      open
      title={t("booking.cancel.title", { number })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" danger type="primary" loading={mutation.isPending} onClick={submit}>
          {t("booking.cancel.submit")}
        </Button>,
        <Button key="keep" onClick={onClose}>
          {t("booking.cancel.keep")}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t("booking.cancel.warning")}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item
          label={t("booking.cancel.reason")}
          htmlFor="cancel-booking-reason"
          extra={t("booking.fields.optional")}
          validateStatus={server.reason ? "error" : undefined}
          help={server.reason}
        >
          <Input.TextArea
            id="cancel-booking-reason"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      <BookingActionProblem error={mutation.error} displayedFields={FIELDS} />
    </Modal>
  );
}
