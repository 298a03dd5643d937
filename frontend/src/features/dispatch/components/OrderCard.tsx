import { MoreOutlined } from "@ant-design/icons";
import { Button, Dropdown, Tag, Typography, theme, type GlobalToken } from "antd";
import { useEffect, useRef, type CSSProperties, type DragEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { PromiseStatus } from "@/lib/promises";
import type { DispatchCard } from "../api/dispatch";
import { movability } from "../model/moves";
import "./console.css";

/** A job's promise as the card's colour, as the promise badges colour it elsewhere. */
export function promiseColour(status: PromiseStatus | undefined, token: GlobalToken): { edge: string; fill: string } {
  switch (status) {
    case "BREACHED":
      return { edge: token.colorError, fill: token.colorErrorBg };
    case "AT_RISK":
      return { edge: token.colorWarning, fill: token.colorWarningBg };
    case "ON_TRACK":
    case "MET":
      return { edge: token.colorSuccess, fill: token.colorBgContainer };
    case "PAUSED":
      return { edge: token.colorInfo, fill: token.colorBgContainer };
    default:
      return { edge: token.colorBorder, fill: token.colorBgContainer };
  }
}

export interface OrderCardProps {
  card: DispatchCard;
  /**
   * On an installer's row of the time scale, in the queue (where it shows its time too), or in a day of the week
   * (compact: time, customer, area, state and promise).
   */
  placement: "row" | "queue" | "week";
  style?: CSSProperties;
  /** The installer of the row helps on the job; it is moved from its lead's row. */
  helping?: boolean;
  pending?: boolean;
  /** Take the focus when drawn (after a move put the card on another row). */
  focused?: boolean;
  /** Enter, Space or a click: pick the card up to move it with the keyboard. */
  onPickUp: (card: DispatchCard) => void;
  onSuggest: (card: DispatchCard) => void;
  /** A drag began; `grabMinutes` is how far into the job the card was grabbed. */
  onDragStart: (card: DispatchCard, grabMinutes: number) => void;
  onDragEnd: () => void;
  pxPerHour: number;
}

/** The drag's type: other drags (files, text) are not orders. */
export const ORDER_DRAG_TYPE = "application/x-aftercare-work-order";

/**
 * An order on the board: customer, area, type, required certificates and its promise in colour. It can be dragged
 * onto an installer's row, picked up with Enter or Space to be moved with the keyboard, and has a menu to ask for
 * suggested installers or open the order.
 */
export function OrderCard({
  card,
  placement,
  style,
  helping = false,
  pending = false,
  focused = false,
  onPickUp,
  onSuggest,
  onDragStart,
  onDragEnd,
  pxPerHour,
}: OrderCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useTenantFormat();
  const navigate = useNavigate();
  const main = useRef<HTMLDivElement>(null);
  const can = movability(card.status);
  const movable = can.installer && !helping;

  useEffect(() => {
    if (focused) main.current?.focus();
  }, [focused]);

  const time = `${format.time(card.appointment.start)}–${format.time(card.appointment.end)}`;
  const type = t(`workOrders.type.${card.type}`);
  const colour = promiseColour(card.promise?.status, token);
  const promise = card.promise
    ? t("dispatch.console.card.promise", { status: t(`promise.status.${card.promise.status}`) })
    : t("dispatch.console.card.noPromise");
  const label = t("dispatch.console.card.label", {
    number: card.number,
    customer: card.customerName,
    time,
    type,
    promise,
  });
  const certificates = card.requiredQualifications.map((q) => t(`dispatch.console.certificate.${q}`));
  const area = card.siteAddress ?? t("dispatch.console.card.noAddress");

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (movable) onPickUp(card);
    }
  }

  function dragStart(event: DragEvent<HTMLDivElement>) {
    event.dataTransfer.setData(ORDER_DRAG_TYPE, card.id);
    event.dataTransfer.setData("text/plain", card.number);
    event.dataTransfer.effectAllowed = "move";
    const left = event.currentTarget.getBoundingClientRect().left;
    const grab = placement === "row" ? Math.max(0, ((event.clientX - left) / pxPerHour) * 60) : 0;
    onDragStart(card, grab);
  }

  return (
    <div
      className={`dispatch-card dispatch-card--${placement}${pending ? " dispatch-card--pending" : ""}${movable ? " dispatch-card--movable" : ""}`}
      style={{ ...style, borderInlineStartColor: colour.edge, background: colour.fill }}
      draggable={movable && !pending}
      onDragStart={movable ? dragStart : undefined}
      onDragEnd={onDragEnd}
      data-order={card.number}
      data-promise={card.promise?.status ?? "NONE"}
      title={`${card.number} · ${card.customerName} · ${time}\n${type} · ${area}${certificates.length > 0 ? `\n${certificates.join("、")}` : ""}`}
    >
      <div
        ref={main}
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-disabled={!movable || pending}
        aria-busy={pending}
        className="dispatch-card__main"
        onClick={movable ? () => onPickUp(card) : undefined}
        onKeyDown={keyDown}
      >
        <div className="dispatch-card__line">
          <Typography.Text strong ellipsis className="dispatch-card__customer">
            {card.customerName}
          </Typography.Text>
          {placement !== "row" && <span className="dispatch-card__time">{time}</span>}
        </div>
        <div className="dispatch-card__line dispatch-card__meta">
          <span className="dispatch-card__ellipsis">
            {placement === "week" ? area : `${placement === "queue" ? `${card.number} · ` : ""}${type} · ${area}`}
          </span>
        </div>
        <div className="dispatch-card__tags">
          {placement === "week" && <Tag variant="outlined">{t(`workOrders.status.${card.status}`)}</Tag>}
          {helping && <Tag variant="outlined">{t("dispatch.console.card.helping")}</Tag>}
          {placement !== "week" &&
            certificates.map((certificate) => (
              <Tag key={certificate} color="blue">
                {certificate}
              </Tag>
            ))}
          <PromiseBadge promise={card.promise} compact />
          {card.late && <Tag color="error">{t("dispatch.console.card.late")}</Tag>}
          {placement === "queue" && card.priority !== "NORMAL" && card.priority !== "LOW" && (
            <Tag color={card.priority === "URGENT" ? "error" : "warning"}>
              {t(`workOrders.priority.${card.priority}`)}
            </Tag>
          )}
        </div>
      </div>
      <Dropdown
        trigger={["click"]}
        menu={{
          items: [
            { key: "move", label: t("dispatch.console.card.move"), disabled: !movable },
            { key: "assign", label: t("dispatch.console.card.assign"), disabled: !can.installer },
            { key: "open", label: t("dispatch.console.card.open") },
          ],
          onClick: ({ key }) => {
            if (key === "move") onPickUp(card);
            else if (key === "assign") onSuggest(card);
            else void navigate(`/work-orders/${card.id}`);
          },
        }}
      >
        <Button
          type="text"
          size="small"
          className="dispatch-card__menu"
          icon={<MoreOutlined aria-hidden />}
          aria-label={t("dispatch.console.card.actions", { number: card.number })}
        />
      </Dropdown>
    </div>
  );
}
