import { App, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemText } from "@/lib/api/problem-text";
import { useTenantFormat } from "@/lib/current-user";
import { dayInWords, localDateOf } from "@/lib/format";
import type { DispatchBoard, DispatchCard } from "../api/dispatch";
import { useMoveOrder, type MoveOutcome } from "../api/move-order";
import {
  preflightReasons,
  sameAppointment,
  stateOf,
  stepsOf,
  undoOf,
  type MoveTarget,
  type OrderState,
} from "../model/moves";
import { movedAppointment } from "../model/timeline";
import type { Refusal } from "./MoveRefusal";

/**
 * Moving orders on the board: checks a move against what the board shows, sends it with the card's version, and
 * on success says what changed with an Undo where an action can take it back. A refused move is returned for the
 * screen to show where the person looks (at the row, in the dialog). The boards of other days (the week's) are
 * where moves to those days are checked.
 */
export function useConsoleMoves(
  board: DispatchBoard | undefined,
  otherDays: readonly (DispatchBoard | undefined)[] = [],
) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const { notification, message } = App.useApp();
  const { move, pendingId } = useMoveOrder();
  const [focusId, setFocusId] = useState<string | null>(null);

  const boards = [board, ...otherDays].filter((shown): shown is DispatchBoard => shown !== undefined);
  const nameOf = (installerId: string | undefined) =>
    (installerId && boards.flatMap((shown) => shown.rows).find((row) => row.id === installerId)?.displayName) ||
    t("dispatch.console.someoneElse");
  const dayOf = (iso: string) => localDateOf(iso, board?.timeZone ?? format.timeZone);
  // The day is said only when it is not the board's own (a move from the week to another day).
  const onDayOf = (appointment: { start: string }, words: string) =>
    board && dayOf(appointment.start) !== board.day
      ? `${dayInWords(dayOf(appointment.start), i18n.language)} ${words}`
      : words;
  const windowOf = (appointment: { start: string; end: string }) =>
    onDayOf(appointment, `${format.time(appointment.start)}–${format.time(appointment.end)}`);

  async function undo(after: OrderState, target: MoveTarget) {
    const outcome = await move(after, target);
    if (outcome.ok) {
      setFocusId(after.id);
      void message.success(
        t("dispatch.console.moved.undone", {
          number: after.number,
          name: nameOf(outcome.after.leadInstallerId),
          window: windowOf(outcome.after.appointment),
        }),
      );
    } else {
      notification.error({
        title: t("dispatch.console.moved.undoFailed", { number: after.number }),
        description: problemText(outcome.error, i18n).headline,
        duration: 0,
      });
    }
  }

  function announce(outcome: Extract<MoveOutcome, { ok: true }>) {
    const { before, after } = outcome;
    const back = undoOf(before, after);
    const key = `dispatch-move-${after.id}`;
    const wasUnassigned = !before.leadInstallerId && !!after.leadInstallerId;
    notification.success({
      key,
      title: t("dispatch.console.moved.title", {
        number: after.number,
        name: nameOf(after.leadInstallerId),
        window: windowOf(after.appointment),
      }),
      description: wasUnassigned ? t("dispatch.console.moved.noUndo") : undefined,
      actions: back ? (
        <Button
          size="small"
          onClick={() => {
            notification.destroy(key);
            void undo(after, back);
          }}
        >
          {t("dispatch.console.moved.undo")}
        </Button>
      ) : undefined,
      duration: 10,
    });
  }

  /**
   * Moves the card to the installer (undefined: its crew stays) at the start minute (null: its time stays) of the
   * day (undefined: the board's day). Null when it moved or nothing was to change; else the refusal.
   */
  async function moveCard(
    card: DispatchCard,
    installerId: string | undefined,
    startMinute: number | null,
    day?: string,
  ): Promise<Refusal | null> {
    if (!board) return null;
    const onDay = day ?? board.day;
    const appointment =
      startMinute === null ? card.appointment : movedAppointment(card.appointment, startMinute, onDay, board.timeZone);
    const target: MoveTarget = { leadInstallerId: installerId ?? card.leadInstallerId, appointment };
    const order = stateOf(card);
    if (stepsOf(order, target).length === 0) return null;
    const leadId = target.leadInstallerId;
    const refusal: Refusal = {
      orderNumber: card.number,
      installerId: leadId ?? "",
      installerName: nameOf(leadId),
      time: sameAppointment(card.appointment, appointment) ? "" : onDayOf(appointment, format.time(appointment.start)),
    };
    const row = boards.find((shown) => shown.day === onDay)?.rows.find((candidate) => candidate.id === leadId);
    if (row) {
      const handedOver = leadId !== card.leadInstallerId;
      const otherDay = dayOf(appointment.start) !== dayOf(card.appointment.start);
      // A crew that stays on the day is only checked for other work at the new time (leave and certificates are
      // per day).
      const reasons = preflightReasons(card, appointment, row).filter(
        (reason) => handedOver || otherDay || reason.code === "overlap",
      );
      if (reasons.length > 0) return { ...refusal, reasons };
    }
    const outcome = await move(order, target);
    if (!outcome.ok) return { ...refusal, outcome };
    setFocusId(card.id);
    announce(outcome);
    return null;
  }

  return { moveCard, pendingId, focusId, nameOf };
}
