import { Alert, Button, Flex, Form, Modal, Select, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTenantFormat } from "@/lib/current-user";
import type { DispatchBoard, DispatchCard } from "../api/dispatch";
import { movability, preflightReasons } from "../model/moves";
import { clockOf, durationMinutes, movedAppointment, snap, spanOf, SNAP_MINUTES, type Axis } from "../model/timeline";
import { MoveRefusal, type Refusal } from "./MoveRefusal";
import { useReasonWords } from "@/lib/dispatch-reasons";

interface MoveDialogProps {
  card: DispatchCard;
  board: DispatchBoard;
  axis: Axis;
  onMove: (card: DispatchCard, installerId: string | undefined, startMinute: number | null) => Promise<Refusal | null>;
  onClose: () => void;
  nameOf: (installerId: string) => string;
}

/**
 * The keyboard's way to move an order: pick the card up (Enter or Space), choose the installer and the start time
 * (quarter hours; the duration is kept), confirm. What the board shows against it is said before sending; a
 * refusal stays in the dialog.
 */
export function MoveDialog({ card, board, axis, onMove, onClose, nameOf }: MoveDialogProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const reasonWords = useReasonWords();
  const installerId = useId();
  const timeId = useId();
  const can = movability(card.status);
  const duration = durationMinutes(card.appointment);
  const currentStart = spanOf(card.appointment, board.day, board.timeZone).start;
  const [lead, setLead] = useState<string | undefined>(card.leadInstallerId);
  const [start, setStart] = useState<number>(currentStart);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const slots: number[] = [];
  for (let minute = snap(axis.start); minute + duration <= axis.end; minute += SNAP_MINUTES) slots.push(minute);
  if (!slots.includes(currentStart)) slots.push(currentStart);
  slots.sort((a, b) => a - b);

  const row = board.rows.find((candidate) => candidate.id === lead);
  const appointment = movedAppointment(card.appointment, start, board.day, board.timeZone);
  const handedOver = lead !== card.leadInstallerId;
  const warnings = row
    ? preflightReasons(card, appointment, row).filter((reason) => handedOver || reason.code === "overlap")
    : [];
  const unchanged = !handedOver && start === currentStart;

  async function confirm() {
    setSending(true);
    setRefusal(null);
    try {
      const refused = await onMove(card, lead, start === currentStart ? null : start);
      if (refused) setRefusal(refused);
      else onClose();
    } finally {
      setSending(false);
    }
  }

  const now = card.leadInstallerId
    ? t("dispatch.console.move.now", {
        name: nameOf(card.leadInstallerId),
        window: `${format.time(card.appointment.start)}–${format.time(card.appointment.end)}`,
      })
    : t("dispatch.console.move.nowUnassigned", {
        window: `${format.time(card.appointment.start)}–${format.time(card.appointment.end)}`,
      });

  return (
    <Modal
      open
      title={t("dispatch.console.move.title", { number: card.number, customer: card.customerName })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={sending} disabled={unchanged || warnings.length > 0} onClick={confirm}>
            {t("dispatch.console.move.submit")}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{now}</Typography.Text>
        <Form layout="vertical" component="div">
          <Form.Item label={t("dispatch.console.move.installer")} htmlFor={installerId}>
            <Select
              id={installerId}
              value={lead}
              disabled={!can.installer}
              placeholder={t("dispatch.console.move.chooseInstaller")}
              onChange={(value: string) => {
                setLead(value);
                setRefusal(null);
              }}
              options={board.rows.map((candidate) => ({
                value: candidate.id,
                label: candidate.available
                  ? candidate.displayName
                  : t("dispatch.console.move.away", {
                      name: candidate.displayName,
                      reason: candidate.reasons.map((reason) => reasonWords(reason, board.day)).join("; "),
                    }),
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t("dispatch.console.move.start")}
            htmlFor={timeId}
            extra={t("dispatch.console.move.keepsDuration", {
              end: format.time(appointment.end),
              minutes: duration,
            })}
          >
            <Select
              id={timeId}
              value={start}
              disabled={!can.time}
              onChange={(value: number) => {
                setStart(value);
                setRefusal(null);
              }}
              options={slots.map((minute) => ({
                value: minute,
                label: `${clockOf(minute)}–${clockOf(minute + duration)}`,
              }))}
            />
          </Form.Item>
        </Form>
        {!can.time && <Alert type="info" showIcon title={t("dispatch.console.move.timeFixed")} />}
        {warnings.length > 0 && row && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t("dispatch.console.move.cannot", { name: row.displayName })}
            description={
              <ul className="problem-list">
                {warnings.map((reason, index) => (
                  <li key={index}>{reasonWords(reason, board.day)}</li>
                ))}
              </ul>
            }
          />
        )}
        {refusal && <MoveRefusal refusal={refusal} day={board.day} nameOf={nameOf} />}
      </Flex>
    </Modal>
  );
}
