import { Button, Flex, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentPosition } from "@/lib/geolocation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

type SimpleActionName = "depart" | "resume" | "reportIn" | "file";

interface SimpleActionProps {
  order: WorkOrder;
  action: SimpleActionName;
  /** The phone's next step: one large full-width button at the bottom of the screen. */
  large?: boolean;
  hint?: string;
  /** Departing from the installer's phone sends its position: the customer's ETA starts from there. */
  locate?: boolean;
}

/** An action that needs nothing but the order's version (and, departing from a phone, where it is): one button. */
export function SimpleAction({ order, action, large, hint, locate = false }: SimpleActionProps) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [locating, setLocating] = useState(false);

  async function act() {
    if (action === "depart") {
      setLocating(locate);
      const position = locate ? await currentPosition(5000) : null;
      setLocating(false);
      mutation.mutate({ action, body: { version: order.version, ...(position ?? {}) } });
    } else {
      mutation.mutate({ action, body: { version: order.version } });
    }
  }

  const button = (
    <Button
      type="primary"
      size={large ? "large" : "middle"}
      block={large}
      loading={locating || mutation.isPending}
      onClick={() => void act()}
    >
      {t(`workOrders.actions.${action}`)}
    </Button>
  );
  return (
    <Flex vertical gap={8}>
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      <ActionProblem error={mutation.error} onReload={reload} />
      {large ? <div className="next-action">{button}</div> : button}
    </Flex>
  );
}
