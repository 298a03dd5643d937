import { useState } from "react";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { inverseOf, stepsOf, type MoveStep, type MoveTarget, type OrderState } from "../model/moves";
import { assignOrder, rescheduleOrder, useRefreshAfterChange, type WorkOrder } from "./dispatch";

export type MoveOutcome =
  | { ok: true; before: OrderState; after: OrderState; steps: MoveStep[] }
  | {
      ok: false;
      error: unknown;
      /** The step the server refused. */
      failed: MoveStep;
      /** Whether the steps taken before it were taken back (true when there were none). */
      reverted: boolean;
      before: OrderState;
    };

function stateOfOrder(order: WorkOrder): OrderState {
  return {
    id: order.id,
    number: order.number,
    version: order.version,
    status: order.status,
    leadInstallerId: order.leadInstallerId,
    helperIds: order.helperIds,
    appointment: order.appointment,
  };
}

async function take(api: ApiClient, order: OrderState, step: MoveStep): Promise<OrderState> {
  const saved =
    step.kind === "assign"
      ? await assignOrder(api, order.id, {
          version: order.version,
          leadInstallerId: step.leadInstallerId,
          helperIds: step.helperIds,
        })
      : await rescheduleOrder(api, order.id, { version: order.version, appointment: step.appointment });
  return { ...stateOfOrder(saved), number: order.number };
}

/**
 * Moves an order through the assign and reschedule actions with its version. When a later step is refused, the
 * steps already taken are taken back, so a refused move leaves the order as it was.
 */
export async function runMove(api: ApiClient, order: OrderState, target: MoveTarget): Promise<MoveOutcome> {
  const steps = stepsOf(order, target);
  const taken: { step: MoveStep; before: OrderState }[] = [];
  let state = order;
  for (const step of steps) {
    try {
      const next = await take(api, state, step);
      taken.push({ step, before: state });
      state = next;
    } catch (error) {
      let reverted = true;
      for (const done of taken.reverse()) {
        const inverse = inverseOf(done.step, done.before);
        try {
          if (!inverse) throw new Error("no action takes this step back");
          state = await take(api, state, inverse);
        } catch {
          reverted = false;
          break;
        }
      }
      return { ok: false, error, failed: step, reverted, before: order };
    }
  }
  return { ok: true, before: order, after: state, steps };
}

/** Runs moves one at a time; the board and the order lists are read again after each, whatever came of it. */
export function useMoveOrder() {
  const api = useApiClient();
  const refresh = useRefreshAfterChange();
  const [pendingId, setPendingId] = useState<string | null>(null);
  async function move(order: OrderState, target: MoveTarget): Promise<MoveOutcome> {
    setPendingId(order.id);
    try {
      const outcome = await runMove(api, order, target);
      if (!outcome.ok || outcome.steps.length > 0) void refresh();
      return outcome;
    } finally {
      setPendingId(null);
    }
  }
  return { move, pendingId };
}
