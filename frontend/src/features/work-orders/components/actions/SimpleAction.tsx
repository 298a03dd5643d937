import { Button, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

type SimpleActionName = "depart" | "resume" | "reportIn" | "file";

interface SimpleActionProps {
  order: WorkOrder;
  action: SimpleActionName;
  /** The phone's next step: one large full-width button at the bottom of the screen. */
  large?: boolean;
  hint?: string;
}

/** An action that needs nothing but the order's version: one button. */
export function SimpleAction({ order, action, large, hint }: SimpleActionProps) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const button = (
    <Button
      type="primary"
      size={large ? "large" : "middle"}
      block={large}
      loading={mutation.isPending}
      onClick={() => mutation.mutate({ action, body: { version: order.version } })}
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
