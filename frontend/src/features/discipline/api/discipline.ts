import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type DisciplineEntry = Schema<"DisciplineEntry">;
export type DisciplineKind = Schema<"DisciplineKind">;
export type DisciplineRule = Schema<"DisciplineRule">;
export type DisciplineStatus = Schema<"DisciplineStatus">;
export type DisciplineSourceType = Schema<"DisciplineSourceType">;
export type AppealStatus = Schema<"AppealStatus">;
export type DisciplineDecisionRequest = Schema<"DisciplineDecisionRequest">;
export type AppealRequest = Schema<"AppealRequest">;
export type AppealDecisionRequest = Schema<"AppealDecisionRequest">;
export type ManualDisciplineEntryRequest = Schema<"ManualDisciplineEntryRequest">;
export type UnansweredCall = Schema<"UnansweredCall">;
export type RecordUnansweredCallRequest = Schema<"RecordUnansweredCallRequest">;
export type DispatchRefusal = Schema<"DispatchRefusal">;
export type RefusalKind = Schema<"RefusalKind">;
export type RefusalStatus = Schema<"RefusalStatus">;
export type RecordDispatchRefusalRequest = Schema<"RecordDispatchRefusalRequest">;
export type DispatchRefusalDecisionRequest = Schema<"DispatchRefusalDecisionRequest">;

const PAGE_SIZE = 50;
const disciplineKey = ["discipline"] as const;
const entriesKey = [...disciplineKey, "entries"] as const;
const callsKey = [...disciplineKey, "unanswered-calls"] as const;
const refusalsKey = [...disciplineKey, "refusals"] as const;
// Confirmed and waived amounts change the month's payroll.
const payrollKey = ["payroll"] as const;

export interface DisciplineFilter {
  status?: DisciplineStatus | undefined;
  kind?: DisciplineKind | undefined;
  rule?: DisciplineRule | undefined;
  installerId?: string | undefined;
  appealStatus?: AppealStatus | undefined;
}

/** The ledger, newest first; an installer gets only their own entries from the server. */
export function useDisciplineEntries(filter: DisciplineFilter) {
  const api = useApiClient();
  const query = {
    status: filter.status,
    kind: filter.kind,
    rule: filter.rule,
    installerId: filter.installerId,
    appealStatus: filter.appealStatus,
  };
  return useInfiniteQuery({
    queryKey: [...entriesKey, query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/discipline-entries", {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function useRefreshLedger() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: disciplineKey });
    void queryClient.invalidateQueries({ queryKey: payrollKey });
  };
}

export function useCreateManualEntry() {
  const api = useApiClient();
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ManualDisciplineEntryRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/discipline-entries", {
          body,
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** What a manager or the installer does to one entry, with the body each endpoint takes. */
export type EntryCommand =
  | { step: "confirmation"; body: DisciplineDecisionRequest }
  | { step: "waiver"; body: DisciplineDecisionRequest }
  | { step: "appeal"; body: AppealRequest }
  | { step: "appeal-decision"; body: AppealDecisionRequest };

async function send(api: ApiClient, entryId: string, command: EntryCommand) {
  const params = { path: { entryId } };
  switch (command.step) {
    case "confirmation":
      return api.POST("/api/v1/discipline-entries/{entryId}/confirmation", { params, body: command.body });
    case "waiver":
      return api.POST("/api/v1/discipline-entries/{entryId}/waiver", { params, body: command.body });
    case "appeal":
      return api.POST("/api/v1/discipline-entries/{entryId}/appeal", { params, body: command.body });
    case "appeal-decision":
      return api.POST("/api/v1/discipline-entries/{entryId}/appeal-decision", { params, body: command.body });
  }
}

export function useEntryStep(entryId: string) {
  const api = useApiClient();
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: async (command: EntryCommand) => unwrap(await send(api, entryId, command)),
    onSuccess: refresh,
  });
}

/** After a conflict: the ledger as the server has it now. */
export function useReloadLedger() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: disciplineKey });
}

export function useUnansweredCalls(installerId: string | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...callsKey, { installerId }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/unanswered-calls", {
          params: { query: { installerId, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useRecordUnansweredCall() {
  const api = useApiClient();
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: async (body: RecordUnansweredCallRequest) =>
      unwrap(await api.POST("/api/v1/unanswered-calls", { body })),
    onSuccess: refresh,
  });
}

export function useDispatchRefusals(status: RefusalStatus | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...refusalsKey, { status }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/dispatch-refusals", {
          params: { query: { status, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useRecordDispatchRefusal() {
  const api = useApiClient();
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: async (body: RecordDispatchRefusalRequest) =>
      unwrap(await api.POST("/api/v1/dispatch-refusals", { body })),
    onSuccess: refresh,
  });
}

export function useDecideDispatchRefusal(refusalId: string) {
  const api = useApiClient();
  const refresh = useRefreshLedger();
  return useMutation({
    mutationFn: async (body: DispatchRefusalDecisionRequest) =>
      unwrap(
        await api.POST("/api/v1/dispatch-refusals/{refusalId}/decision", { params: { path: { refusalId } }, body }),
      ),
    onSuccess: refresh,
  });
}
