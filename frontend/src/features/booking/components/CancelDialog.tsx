import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { readableFieldErrors } from "@/lib/api/problem-text";
import { useBookingAction } from "../api/booking";
import { BookingActionProblem } from "./BookingActionProblem";

const FIELDS = new Set(["reason"]);

/** Asks once more before cancelling; a reason helps the office but is not required. */
export function CancelDialog({ trackingCode, number, onClose }: { trackingCode: string; number: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const mutation = useBookingAction(trackingCode);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState("");
  // The server answers in the page's language; a message it could not translate is replaced, never shown in English.
  const server = readableFieldErrors(mutation.error, i18n);

  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    const close = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [onClose]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    mutation.mutate({ action: "cancel", body: trimmed ? { reason: trimmed } : {} }, { onSuccess: onClose });
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog dialog--narrow" role="dialog" aria-modal="true" aria-labelledby="cancel-booking-title">
        <form onSubmit={submit} noValidate>
          <header className="dialog__header">
            <h2 id="cancel-booking-title" className="panel__title" tabIndex={-1} ref={titleRef}>
              {t("booking.cancel.title", { number })}
            </h2>
            <p className="muted small">{t("booking.cancel.warning")}</p>
          </header>
          <Field label={t("booking.cancel.reason")} hint={t("booking.fields.optional")} error={server.reason}>
            {(props) => (
              <textarea
                {...props}
                name="reason"
                className="input input--text"
                rows={3}
                maxLength={1000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <BookingActionProblem error={mutation.error} displayedFields={FIELDS} />
          <footer className="dialog__footer">
            <button type="submit" className="button button--danger" disabled={mutation.isPending}>
              {mutation.isPending ? t("common.saving") : t("booking.cancel.submit")}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t("booking.cancel.keep")}
            </button>
          </footer>
        </form>
      </div>
    </div>
  );
}
