import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type Trip = Schema<"Trip">;
export type TripStatus = Schema<"TripStatus">;
export type CreateTripRequest = Schema<"CreateTripRequest">;

const tripsKey = ["trips"] as const;
const detailKey = (id: string) => [...tripsKey, "detail", id] as const;

export function useTrips(status: TripStatus | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...tripsKey, "list", status],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/trips", { params: { query: { status, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTrip(tripId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(tripId),
    queryFn: async () => unwrap(await api.GET("/api/v1/trips/{tripId}", { params: { path: { tripId } } })),
  });
}

export function useCreateTrip() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateTripRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/trips", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: (created) => {
      queryClient.setQueryData(detailKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...tripsKey, "list"] });
    },
  });
}

export type TripCommand = { step: "complete" } | { step: "cancel"; reason: string };

export function useTripStep(trip: Trip) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: TripCommand) => {
      const params = { path: { tripId: trip.id } };
      return unwrap(
        command.step === "complete"
          ? await api.POST("/api/v1/trips/{tripId}/complete", { params, body: { version: trip.version } })
          : await api.POST("/api/v1/trips/{tripId}/cancel", {
              params,
              body: { version: trip.version, reason: command.reason },
            }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(trip.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...tripsKey, "list"] });
    },
  });
}

/** The numbers of the trip's work orders (the office may read them), by id. */
export function useWorkOrderNumbers(ids: readonly string[], enabled: boolean) {
  const api = useApiClient();
  const orders = useQueries({
    queries: ids.map((workOrderId) => ({
      queryKey: [...tripsKey, "work-order", workOrderId],
      enabled,
      staleTime: 60_000,
      queryFn: async () =>
        unwrap(await api.GET("/api/v1/work-orders/{workOrderId}", { params: { path: { workOrderId } } })),
    })),
  });
  return new Map(ids.map((id, index) => [id, orders[index]?.data?.order.number]));
}
