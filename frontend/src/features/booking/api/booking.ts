import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { isProblemType, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type BookingOptions = Schema<"BookingOptions">;
export type BookingReceipt = Schema<"BookingReceipt">;
export type BookingStatus = Schema<"BookingStatus">;
export type BookingService = Schema<"BookingService">;
export type BookingStage = Schema<"BookingStage">;
export type CreateBookingRequest = Schema<"CreateBookingRequest">;
export type BookingSignOffRequest = Schema<"BookingSignOffRequest">;
export type RescheduleBookingRequest = Schema<"RescheduleBookingRequest">;
export type CancelBookingRequest = Schema<"CancelBookingRequest">;
export type FreeSlot = Schema<"FreeSlot">;
export type Slot = Schema<"Slot">;

const bookingKey = ["booking"] as const;
const optionsKey = (tenantSlug: string) => [...bookingKey, "options", tenantSlug] as const;
const statusKey = (trackingCode: string) => [...bookingKey, "status", trackingCode] as const;
const myRequestsKey = [...bookingKey, "mine"] as const;

/** What a tenant's booking page offers; free slots change as others book, so they are read fresh. */
export function useBookingOptions(tenantSlug: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: optionsKey(tenantSlug ?? ""),
    enabled: !!tenantSlug,
    staleTime: 0,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/public/{tenantSlug}/booking-options", {
          params: { path: { tenantSlug: tenantSlug ?? "" } },
        }),
      ),
  });
}

export function useCreateBooking(tenantSlug: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateBookingRequest) =>
      unwrap(await api.POST("/api/v1/public/{tenantSlug}/bookings", { params: { path: { tenantSlug } }, body })),
    onSettled: (_receipt, error) => {
      // Booked or lost to someone faster: either way the free slots are different now.
      if (!error || isProblemType(error, "slot-not-free")) {
        void queryClient.invalidateQueries({ queryKey: optionsKey(tenantSlug) });
      }
    },
  });
}

/** The booking behind a tracking code; looked at again every minute while the page is open. */
export function useBooking(trackingCode: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: statusKey(trackingCode),
    refetchInterval: 60_000,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/public/bookings/{trackingCode}", { params: { path: { trackingCode } } })),
  });
}

/** What the customer does through the tracking link, with the body each endpoint takes. */
export type BookingCommand =
  | { action: "confirm" }
  | { action: "reschedule"; body: RescheduleBookingRequest }
  | { action: "cancel"; body: CancelBookingRequest }
  | { action: "signOff"; body: BookingSignOffRequest };

async function send(api: ApiClient, trackingCode: string, command: BookingCommand) {
  const params = { path: { trackingCode } };
  switch (command.action) {
    case "confirm":
      return api.POST("/api/v1/public/bookings/{trackingCode}/confirm", { params });
    case "reschedule":
      return api.POST("/api/v1/public/bookings/{trackingCode}/reschedule", { params, body: command.body });
    case "cancel":
      return api.POST("/api/v1/public/bookings/{trackingCode}/cancel", { params, body: command.body });
    case "signOff":
      return api.POST("/api/v1/public/bookings/{trackingCode}/sign-off", { params, body: command.body });
  }
}

export function useBookingAction(trackingCode: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: BookingCommand) => unwrap(await send(api, trackingCode, command)),
    onSuccess: (status, command) => {
      queryClient.setQueryData(statusKey(trackingCode), status);
      if (command.action === "reschedule" || command.action === "cancel") {
        void queryClient.invalidateQueries({ queryKey: [...bookingKey, "options"] });
      }
    },
    onError: (error) => {
      // The booking moved on (the installer left, the cut-off passed): show what may be done now.
      if (isProblemType(error, "booking-not-changeable")) {
        void queryClient.invalidateQueries({ queryKey: statusKey(trackingCode) });
      }
    },
  });
}

/** A signed-in customer's own requests, newest first. */
export function useMyRequests() {
  const api = useApiClient();
  return useQuery({
    queryKey: myRequestsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/my/requests")),
  });
}
