import { Button, Flex, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentPosition } from "@/lib/geolocation";
import { useOrderAction, type WorkOrder } from "../../api/work-orders";
import { ActionProblem } from "../ActionProblem";

interface CheckInActionProps {
  order: WorkOrder;
  large?: boolean;
  /** Send the device's position; off when the office checks in on the installer's behalf. */
  locate?: boolean;
}

/** Check-in on arrival, with the device's position when the browser offers it (optional). */
export function CheckInAction({ order, large, locate = true }: CheckInActionProps) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [locating, setLocating] = useState(false);

  async function checkIn() {
    setLocating(locate);
    const position = locate ? await currentPosition() : null;
    setLocating(false);
    mutation.mutate({ action: "checkIn", body: { version: order.version, ...(position ?? {}) } });
  }

  const button = (
    <Button
      type="primary"
      size={large ? "large" : "middle"}
      block={large}
      loading={locating || mutation.isPending}
      onClick={() => void checkIn()}
    >
      {locating ? t("workOrders.checkIn.locating") : t("workOrders.actions.checkIn")}
    </Button>
  );
  return (
    <Flex vertical gap={8}>
      {locate && <Typography.Text type="secondary">{t("workOrders.checkIn.hint")}</Typography.Text>}
      <ActionProblem error={mutation.error} onReload={reload} />
      {large ? <div className="next-action">{button}</div> : button}
    </Flex>
  );
}
