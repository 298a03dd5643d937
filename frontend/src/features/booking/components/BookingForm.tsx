import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { ProblemAlert } from "@/components/ProblemAlert";
import { SegmentedField } from "@/components/SegmentedField";
import { TextField } from "@/components/TextField";
import { readableServerMessage } from "@/lib/api/problem-text";
import { focusFirstInvalid } from "@/lib/validation";
import { useCreateBooking, type BookingOptions, type BookingReceipt } from "../api/booking";
import {
  DISPLAYED_FIELDS,
  bookingFieldErrors,
  emptyBookingForm,
  isSlotTaken,
  toCreateBookingRequest,
  validateBookingForm,
  type BookingField,
  type BookingForm as BookingFormState,
  type BookingProblem,
} from "../model/booking-form";
import type { BookingFormat } from "../model/zoned-format";
import { SlotPicker } from "./SlotPicker";

interface BookingFormProps {
  tenantSlug: string;
  options: BookingOptions;
  format: BookingFormat;
  onBooked: (receipt: BookingReceipt) => void;
}

/** What the customer needs, when to come and where, and how to reach them. */
export function BookingForm({ tenantSlug, options, format, onBooked }: BookingFormProps) {
  const { t, i18n } = useTranslation();
  const mutation = useCreateBooking(tenantSlug);
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<BookingFormState>(() => emptyBookingForm(options.services));
  const [problems, setProblems] = useState<Partial<Record<BookingField, BookingProblem>>>({});
  // The server's messages stand until the field is changed.
  const [cleared, setCleared] = useState<ReadonlySet<BookingField>>(new Set());
  const server = bookingFieldErrors(mutation.error);
  const slotTaken = isSlotTaken(mutation.error) && !cleared.has("preferredSlot");

  function message(field: BookingField): string | undefined {
    const problem = problems[field];
    if (problem) return t(`booking.problems.${problem}`);
    if (field === "preferredSlot" && slotTaken) return t("booking.problems.slotTaken");
    const sent = cleared.has(field) ? undefined : server[field];
    // Never English server text on a Chinese page: an untranslated message becomes a translated one.
    return sent && readableServerMessage(sent, i18n);
  }

  function update<K extends keyof BookingFormState>(field: K, value: BookingFormState[K]) {
    const key: BookingField = field === "slot" ? "preferredSlot" : (field as BookingField);
    setForm((current) => ({ ...current, [field]: value }));
    setProblems((current) => {
      const next = { ...current };
      delete next[key];
      return next;
    });
    setCleared((current) => new Set(current).add(key));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateBookingForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current, Object.keys(found));
      return;
    }
    setCleared(new Set());
    mutation.mutate(toCreateBookingRequest(form), {
      onSuccess: onBooked,
      onError: (error) => {
        // The slot went to someone faster; the list is read again and the customer picks another.
        if (isSlotTaken(error)) setForm((current) => ({ ...current, slot: null }));
        const fields = Object.keys(bookingFieldErrors(error));
        if (isSlotTaken(error)) fields.push("preferredSlot");
        focusFirstInvalid(formRef.current, fields);
      },
    });
  }

  return (
    <form ref={formRef} className="booking-form" onSubmit={submit} noValidate aria-label={t("booking.book.form")}>
      <section className="panel" aria-labelledby="booking-what">
        <h2 id="booking-what" className="panel__title">
          {t("booking.book.what")}
        </h2>
        <SegmentedField
          legend={t("booking.fields.service")}
          name="service"
          options={options.services.map((service) => ({ value: service, label: t(`booking.service.${service}`) }))}
          value={form.service}
          error={message("service")}
          onChange={(service) => update("service", service)}
        />
        {options.products.length > 0 && (
          <Field label={t("booking.fields.product")} error={message("productId")} hint={t("booking.fields.optional")}>
            {(props) => (
              <select
                {...props}
                name="productId"
                className="input input--wide"
                value={form.productId}
                onChange={(event) => update("productId", event.target.value)}
              >
                <option value="">{t("booking.fields.noProduct")}</option>
                {options.products.map((product) => (
                  <option key={product.id} value={product.id}>
                    {product.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <TextField
          label={t("booking.fields.serialNumber")}
          name="serialNumber"
          value={form.serialNumber}
          error={message("serialNumber")}
          hint={t("booking.fields.serialNumberHint")}
          inputClassName="input--wide"
          onChange={(value) => update("serialNumber", value)}
        />
        <TextField
          label={t(form.service === "FAULT" ? "booking.fields.problemFault" : "booking.fields.problem")}
          name="problem"
          rows={4}
          value={form.problem}
          error={message("problem")}
          onChange={(value) => update("problem", value)}
        />
      </section>

      <section className="panel" aria-labelledby="booking-who">
        <h2 id="booking-who" className="panel__title">
          {t("booking.book.who")}
        </h2>
        <TextField
          label={t("booking.fields.name")}
          name="name"
          value={form.name}
          error={message("name")}
          inputClassName="input--wide"
          onChange={(value) => update("name", value)}
        />
        <TextField
          label={t("booking.fields.phone")}
          name="phone"
          type="tel"
          inputMode="tel"
          value={form.phone}
          error={message("phone")}
          inputClassName="input--wide"
          onChange={(value) => update("phone", value)}
        />
        <TextField
          label={t("booking.fields.address")}
          name="address"
          rows={2}
          value={form.address}
          error={message("address")}
          onChange={(value) => update("address", value)}
        />
      </section>

      <section className="panel" aria-labelledby="booking-when">
        <h2 id="booking-when" className="panel__title">
          {t("booking.book.when")}
        </h2>
        <SlotPicker
          legend={t("booking.fields.preferredSlot")}
          name="preferredSlot"
          slots={options.slots}
          format={format}
          value={form.slot}
          error={message("preferredSlot")}
          onChange={(slot) => update("slot", slot)}
        />
        {options.changeCutoffHours > 0 && (
          <p className="muted small">{t("booking.book.changeRule", { hours: options.changeCutoffHours })}</p>
        )}
      </section>

      {!slotTaken && <ProblemAlert error={mutation.error} displayedFields={DISPLAYED_FIELDS} />}
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={mutation.isPending || options.slots.length === 0}
      >
        {mutation.isPending ? t("booking.book.submitting") : t("booking.book.submit")}
      </button>
    </form>
  );
}
