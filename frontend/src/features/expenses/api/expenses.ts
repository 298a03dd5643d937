import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type ExpenseClaim = Schema<"ExpenseClaim">;
export type ExpenseClaimStatus = Schema<"ExpenseClaimStatus">;
export type ExpenseCategory = Schema<"ExpenseCategory">;
export type SubmitExpenseClaimRequest = Schema<"SubmitExpenseClaimRequest">;
export type ReceiptInput = Schema<"ReceiptInput">;
export type Trip = Schema<"Trip">;

const claimsKey = ["expense-claims"] as const;
const detailKey = (id: string) => [...claimsKey, "detail", id] as const;

export interface ClaimFilter {
  status?: ExpenseClaimStatus | undefined;
  tripId?: string | undefined;
  personId?: string | undefined;
}

export function useExpenseClaims(filter: ClaimFilter) {
  const api = useApiClient();
  const query = { status: filter.status, tripId: filter.tripId, personId: filter.personId };
  return useInfiniteQuery({
    queryKey: [...claimsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/expense-claims", { params: { query: { ...query, limit: 50, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useExpenseClaim(claimId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(claimId),
    queryFn: async () => unwrap(await api.GET("/api/v1/expense-claims/{claimId}", { params: { path: { claimId } } })),
  });
}

/** The trip a claim is for, to name it by its number and destination. */
export function useClaimTrip(tripId: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["trips", "detail", tripId],
    enabled: !!tripId,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/trips/{tripId}", { params: { path: { tripId: tripId ?? "" } } })),
  });
}

/** The trips a claim can be for (installers: their own), newest last; cancelled ones cannot be claimed for. */
export function useClaimableTrips() {
  const api = useApiClient();
  return useQuery({
    queryKey: ["trips", "claimable"],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/trips", { params: { query: { limit: 200, cursor } } })),
        )
      ).items.filter((trip) => trip.status !== "CANCELLED"),
  });
}

export function useSubmitClaim() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: SubmitExpenseClaimRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/expense-claims", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(detailKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...claimsKey, "list"] });
    },
  });
}

export type ClaimCommand =
  { step: "approve"; acceptAboveCap: boolean } | { step: "reject"; reason: string } | { step: "paid" };

export function useClaimStep(claim: ExpenseClaim) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: ClaimCommand) => {
      const params = { path: { claimId: claim.id } };
      const version = claim.version;
      switch (command.step) {
        case "approve":
          return unwrap(
            await api.POST("/api/v1/expense-claims/{claimId}/approve", {
              params,
              body: { version, acceptAboveCap: command.acceptAboveCap },
            }),
          );
        case "reject":
          return unwrap(
            await api.POST("/api/v1/expense-claims/{claimId}/reject", {
              params,
              body: { version, reason: command.reason },
            }),
          );
        case "paid":
          return unwrap(await api.POST("/api/v1/expense-claims/{claimId}/paid", { params, body: { version } }));
      }
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(claim.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...claimsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: ["trips"] });
    },
  });
}
