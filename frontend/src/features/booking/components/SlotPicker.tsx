import { Alert, Flex, Radio, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FreeSlot, Slot } from "../api/booking";
import { sameSlot, slotKey, slotsByDay } from "../model/booking-form";
import type { BookingFormat } from "../model/zoned-format";

interface SlotPickerProps {
  legend: string;
  /** Form key of the time radios: the field the server's errors name ("preferredSlot", "slot"). */
  name: string;
  slots: readonly FreeSlot[];
  format: BookingFormat;
  value?: Slot | null;
  onChange?: (slot: Slot) => void;
  /** Already translated message shown under the times (when no antd Form.Item shows it). */
  error?: string | undefined;
  /** Set by the antd Form.Item around the picker: its message's id and whether it is invalid. */
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

/**
 * A day, then a time on it: on a phone a row of days and the times of the chosen one read better than two weeks
 * of times at once. Days are those of the tenant's time zone.
 */
export function SlotPicker({
  legend,
  name,
  slots,
  format,
  value = null,
  onChange,
  error,
  "aria-describedby": describedBy,
  "aria-invalid": ariaInvalid,
}: SlotPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const days = slotsByDay(slots, format.timeZone);
  const chosenDay = value ? days.find((day) => day.slots.some((slot) => sameSlot(slot, value)))?.date : undefined;
  const [shownDay, setShownDay] = useState<string | undefined>(chosenDay);
  const day = days.find((d) => d.date === (shownDay ?? chosenDay)) ?? days[0];
  const invalid = !!error || ariaInvalid === true || ariaInvalid === "true";
  const description = [error ? errorId : undefined, describedBy].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }} aria-describedby={description}>
      <legend style={{ fontSize: 14, marginBottom: 8, fontWeight: 500 }}>{legend}</legend>
      {days.length === 0 ? (
        <Alert type="warning" showIcon title={t("booking.slots.none")} />
      ) : (
        <Flex vertical gap={12}>
          {/* Each group names its own radios: inside one Form.Item both would get the item's name, and the browser
              would then uncheck the chosen day when a time is chosen. */}
          <Radio.Group
            name={`${name}-day`}
            aria-label={t("booking.slots.day")}
            optionType="button"
            value={day?.date}
            onChange={(event) => setShownDay(event.target.value as string)}
            style={{ display: "flex", flexWrap: "wrap", gap: 8 }}
          >
            {days.map((d) => (
              <Radio.Button key={d.date} value={d.date}>
                {format.day(d.slots[0]!.start)}
              </Radio.Button>
            ))}
          </Radio.Group>
          {day && (
            <Radio.Group
              name={name}
              aria-label={t("booking.slots.timesOf", { day: format.day(day.slots[0]!.start) })}
              optionType="button"
              buttonStyle="solid"
              value={value && day.slots.some((slot) => sameSlot(slot, value)) ? slotKey(value) : null}
              onChange={(event) => {
                const slot = day.slots.find((free) => slotKey(free) === event.target.value);
                if (slot) onChange?.({ start: slot.start, end: slot.end });
              }}
              style={{ display: "flex", flexWrap: "wrap", gap: 8 }}
            >
              {day.slots.map((slot) => (
                <Radio.Button
                  key={slotKey(slot)}
                  value={slotKey(slot)}
                  aria-invalid={invalid || undefined}
                  aria-describedby={description}
                >
                  {format.time(slot.start)}–{format.time(slot.end)}
                </Radio.Button>
              ))}
            </Radio.Group>
          )}
          {value && (
            <Typography.Text type="secondary" aria-live="polite">
              {t("booking.slots.chosen", { window: format.window(value) })}
            </Typography.Text>
          )}
        </Flex>
      )}
      {error && (
        <Typography.Text id={errorId} type="danger" style={{ display: "block", marginTop: 4 }}>
          {error}
        </Typography.Text>
      )}
    </fieldset>
  );
}
