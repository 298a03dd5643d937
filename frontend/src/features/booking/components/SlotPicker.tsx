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
  value: Slot | null;
  onChange: (slot: Slot) => void;
  /** Already translated message shown under the times. */
  error?: string | undefined;
}

/**
 * A day, then a time on it: on a phone a row of days and the times of the chosen one read better than two weeks
 * of times at once. Days are those of the tenant's time zone.
 */
export function SlotPicker({ legend, name, slots, format, value, onChange, error }: SlotPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const days = slotsByDay(slots, format.timeZone);
  const chosenDay = value ? days.find((day) => day.slots.some((slot) => sameSlot(slot, value)))?.date : undefined;
  const [shownDay, setShownDay] = useState<string | undefined>(chosenDay);
  const day = days.find((d) => d.date === (shownDay ?? chosenDay)) ?? days[0];

  if (days.length === 0) {
    return (
      <fieldset className="inline-group field">
        <legend className="field__label">{legend}</legend>
        <p className="alert alert--warning">{t("booking.slots.none")}</p>
      </fieldset>
    );
  }

  return (
    <fieldset
      className={error ? "inline-group field field--invalid slot-picker" : "inline-group field slot-picker"}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{legend}</legend>
      <div role="radiogroup" aria-label={t("booking.slots.day")} className="slot-picker__days">
        {days.map((d) => (
          <label key={d.date} className={d.date === day?.date ? "slot-chip slot-chip--on" : "slot-chip"}>
            <input
              type="radio"
              name={`${name}-day`}
              value={d.date}
              checked={d.date === day?.date}
              onChange={() => setShownDay(d.date)}
            />
            {format.day(d.slots[0]!.start)}
          </label>
        ))}
      </div>
      {day && (
        <div
          role="radiogroup"
          aria-label={t("booking.slots.timesOf", { day: format.day(day.slots[0]!.start) })}
          className="slot-picker__times"
        >
          {day.slots.map((slot) => {
            const checked = sameSlot(slot, value);
            return (
              <label key={slotKey(slot)} className={checked ? "slot-chip slot-chip--time slot-chip--on" : "slot-chip slot-chip--time"}>
                <input
                  type="radio"
                  name={name}
                  value={slotKey(slot)}
                  checked={checked}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={() => onChange({ start: slot.start, end: slot.end })}
                />
                {format.time(slot.start)}–{format.time(slot.end)}
              </label>
            );
          })}
        </div>
      )}
      {value && (
        <p className="muted small" aria-live="polite">
          {t("booking.slots.chosen", { window: format.window(value) })}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
