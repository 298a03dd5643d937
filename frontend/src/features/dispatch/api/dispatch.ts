import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type DispatchBoard = Schema<"DispatchBoard">;
export type DispatchRow = Schema<"DispatchRow">;
export type DispatchCard = Schema<"DispatchCard">;
export type InstallerPosition = Schema<"InstallerPosition">;
export type CandidateReason = Schema<"CandidateReason">;
export type AssignCandidate = Schema<"AssignCandidate">;
export type Appointment = Schema<"Appointment">;
export type Plan = Schema<"Plan">;
export type PlanChange = Schema<"PlanChange">;
export type PlanFigures = Schema<"PlanFigures">;
export type PlanRequest = Schema<"PlanRequest">;
export type Qualification = Schema<"Qualification">;
export type Priority = Schema<"Priority">;
export type WorkOrderStatus = Schema<"WorkOrderStatus">;
/** An order as the assign and reschedule actions answer it. */
export type WorkOrder = Schema<"WorkOrder">;

export const dispatchKey = ["dispatch"] as const;
// The work-order lists and pages of other screens read the same orders under this key.
const workOrdersKey = ["work-orders"] as const;

function boardQuery(api: ApiClient, day: string, servicePointId: string | undefined) {
  return queryOptions({
    queryKey: [...dispatchKey, "board", { day, servicePointId: servicePointId ?? null }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/dispatch/board", { params: { query: { day, servicePointId } } })),
  });
}

/** The day's board: a row per active installer (of the service point, or all) and the queue nobody has. */
export function useDispatchBoard(day: string, servicePointId: string | undefined) {
  const api = useApiClient();
  return useQuery(boardQuery(api, day, servicePointId));
}

/** The board of each of the days, read only while `enabled`; a day's board is shared with the day view's. */
export function useDispatchBoards(days: readonly string[], servicePointId: string | undefined, enabled: boolean) {
  const api = useApiClient();
  return useQueries({ queries: days.map((day) => ({ ...boardQuery(api, day, servicePointId), enabled })) });
}

/** The board and every order list read again, after the console changed orders. */
export function useRefreshAfterChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: dispatchKey }),
      queryClient.invalidateQueries({ queryKey: workOrdersKey }),
    ]);
}

export async function assignOrder(
  api: ApiClient,
  workOrderId: string,
  body: { version: number; leadInstallerId: string; helperIds: string[] },
): Promise<WorkOrder> {
  return unwrap(
    await api.POST("/api/v1/work-orders/{workOrderId}/assign", { params: { path: { workOrderId } }, body }),
  );
}

export async function rescheduleOrder(
  api: ApiClient,
  workOrderId: string,
  body: { version: number; appointment: Appointment; reason?: string },
): Promise<WorkOrder> {
  return unwrap(
    await api.POST("/api/v1/work-orders/{workOrderId}/reschedule", { params: { path: { workOrderId } }, body }),
  );
}

/** Every installer checked as the assign action would check them for the order, ranked as a dispatcher chooses. */
export function useCandidates(workOrderId: string, version: number) {
  const api = useApiClient();
  return useQuery({
    // A new version may have a new time or day, which changes who may take it.
    queryKey: [...dispatchKey, "candidates", workOrderId, version],
    staleTime: 0,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/work-orders/{workOrderId}/candidates", { params: { path: { workOrderId } } })),
  });
}

/** Starts a run of "optimise the day"; the answer is the queued run. */
export function useStartPlan() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (body: PlanRequest) => unwrap(await api.POST("/api/v1/dispatch/plans", { body })),
  });
}

/** How often a running plan is asked for its progress. */
export const PLAN_POLL_MS = 1_000;

export function isRunning(plan: Pick<Plan, "status"> | undefined): boolean {
  return plan?.status === "QUEUED" || plan?.status === "SOLVING";
}

const planKey = (planId: string) => [...dispatchKey, "plan", planId];

/** A run of the optimiser, asked again every second while it is queued or solving. */
export function usePlan(planId: string | null, pollMs = PLAN_POLL_MS) {
  const api = useApiClient();
  return useQuery({
    queryKey: planKey(planId ?? ""),
    enabled: planId !== null,
    staleTime: 0,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/dispatch/plans/{planId}", { params: { path: { planId: planId! } } })),
    refetchInterval: (query) => (isRunning(query.state.data) ? pollMs : false),
  });
}

/** Applies the chosen changes of a ready plan; the board and order lists are read again afterwards. */
export function useApplyPlan(planId: string | null) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: async (workOrderIds: string[]) =>
      unwrap(
        await api.POST("/api/v1/dispatch/plans/{planId}/apply", {
          params: { path: { planId: planId! } },
          body: { workOrderIds },
        }),
      ),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(plan.id), plan);
      void refresh();
    },
  });
}
