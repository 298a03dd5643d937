import { Card, Empty, Segmented } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DispatchCard } from "../api/dispatch";
import { QUEUE_ORDERS, sortQueue, type QueueOrder } from "../model/queue";
import { OrderCard, type OrderCardProps } from "./OrderCard";

interface UnassignedQueueProps {
  cards: readonly DispatchCard[];
  pendingId: string | null;
  focusId: string | null;
  pxPerHour: number;
  handlers: Pick<OrderCardProps, "onPickUp" | "onSuggest" | "onDragStart" | "onDragEnd">;
}

/** The day's orders nobody has, by promise due (soonest first) or by priority; each can be dragged onto a row. */
export function UnassignedQueue({ cards, pendingId, focusId, pxPerHour, handlers }: UnassignedQueueProps) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<QueueOrder>("due");
  const sorted = sortQueue(cards, order);
  const title = t("dispatch.console.queue.title", { count: cards.length });
  return (
    <Card
      size="small"
      title={<h2 className="dispatch-queue__title">{title}</h2>}
      extra={
        <Segmented<QueueOrder>
          size="small"
          aria-label={t("dispatch.console.queue.sortBy")}
          value={order}
          onChange={setOrder}
          options={QUEUE_ORDERS.map((value) => ({ value, label: t(`dispatch.console.queue.order.${value}`) }))}
        />
      }
      styles={{ body: { maxHeight: "70vh", overflowY: "auto" } }}
    >
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("dispatch.console.queue.empty")} />
      ) : (
        <ul className="dispatch-queue" aria-label={title}>
          {sorted.map((card) => (
            <li key={card.id}>
              <OrderCard
                card={card}
                placement="queue"
                pending={pendingId === card.id}
                focused={focusId === card.id}
                pxPerHour={pxPerHour}
                {...handlers}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
