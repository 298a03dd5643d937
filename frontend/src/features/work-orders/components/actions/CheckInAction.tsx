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

  const busy = locating || mutation.isPending;
  return (
    <div className="action">
      {locate && <p className="action__hint">{t("workOrders.checkIn.hint")}</p>}
      <button
        type="button"
        className={large ? "button button--primary button--large" : "button button--primary"}
        disabled={busy}
        onClick={() => void checkIn()}
      >
        {locating ? t("workOrders.checkIn.locating") : mutation.isPending ? t("common.saving") : t("workOrders.actions.checkIn")}
      </button>
      <ActionProblem error={mutation.error} onReload={reload} />
    </div>
  );
}
