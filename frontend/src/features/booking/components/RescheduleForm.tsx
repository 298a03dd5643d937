import { Button, Flex } from "antd";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { readableFieldErrors } from "@/lib/api/problem-text";
import { useBookingAction, type BookingTarget, type FreeSlot, type Slot } from "../api/booking";
import { isSlotTaken, sameSlot } from "../model/booking-form";
import type { BookingFormat } from "../model/zoned-format";
import { BookingActionProblem } from "./BookingActionProblem";
import { SlotPicker } from "./SlotPicker";

const FIELDS = new Set(["slot", "slot.start", "slot.end"]);

interface RescheduleFormProps {
  target: BookingTarget;
  /** Free slots of the tenant's booking page. */
  slots: readonly FreeSlot[];
  /** The window booked now, which is not offered again. */
  current: Slot | undefined;
  format: BookingFormat;
  onDone: () => void;
}

/** Another free slot for the visit, until the tenant's cut-off before it. */
export function RescheduleForm({ target, slots, current, format, onDone }: RescheduleFormProps) {
  const { t, i18n } = useTranslation();
  const mutation = useBookingAction(target);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [missing, setMissing] = useState(false);
  // The server answers in the page's language; a message it could not translate is replaced, never shown in English.
  const server = readableFieldErrors(mutation.error, i18n);
  const offered = slots.filter((free) => !sameSlot(free, current));

  const error = missing
    ? t("booking.problems.slotRequired")
    : isSlotTaken(mutation.error)
      ? t("booking.problems.slotTaken")
      : (server.slot ?? server["slot.start"] ?? server["slot.end"]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!slot) {
      setMissing(true);
      return;
    }
    mutation.mutate(
      { action: "reschedule", body: { slot } },
      {
        onSuccess: onDone,
        onError: (failure) => isSlotTaken(failure) && setSlot(null),
      },
    );
  }

  // One choice and two buttons: a plain form element, no form model needed.
  return (
    <form onSubmit={submit} noValidate aria-label={t("booking.reschedule.title")}>
      <Flex vertical gap={12}>
        <SlotPicker
          legend={t("booking.reschedule.slot")}
          name="slot"
          slots={offered}
          format={format}
          value={slot}
          error={error}
          onChange={(chosen) => {
            setSlot(chosen);
            setMissing(false);
          }}
        />
        {!isSlotTaken(mutation.error) && <BookingActionProblem error={mutation.error} displayedFields={FIELDS} />}
        <Flex gap={8} wrap>
          <Button
            type="primary"
            htmlType="submit"
            loading={mutation.isPending}
            disabled={mutation.isPending || offered.length === 0}
          >
            {t("booking.reschedule.submit")}
          </Button>
          <Button onClick={onDone}>{t("booking.reschedule.keep")}</Button>
        </Flex>
      </Flex>
    </form>
  );
}
