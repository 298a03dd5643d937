import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { currentLanguage } from "@/i18n";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { isProblemType, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { apiUrl } from "@/lib/config";
import { PDF_TYPE, saveDownload } from "@/lib/download";

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
export type MyProduct = Schema<"MyProduct">;
export type CustomerService = Schema<"CustomerService">;

const bookingKey = ["booking"] as const;
const optionsKey = (tenantSlug: string) => [...bookingKey, "options", tenantSlug] as const;
const statusKey = (trackingCode: string) => [...bookingKey, "status", trackingCode] as const;
const myRequestsKey = [...bookingKey, "mine"] as const;
const myProductsKey = [...bookingKey, "myProducts"] as const;

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

/** Whose booking an action is on: the tracking link's, or one of the signed-in customer's own requests. */
export type BookingTarget = { trackingCode: string } | { myRequest: string };

async function sendTracked(api: ApiClient, trackingCode: string, command: BookingCommand) {
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

async function sendMine(api: ApiClient, number: string, command: BookingCommand) {
  const params = { path: { number } };
  switch (command.action) {
    case "confirm":
      throw new Error("A signed-in customer's request has no confirm action");
    case "reschedule":
      return api.POST("/api/v1/my/requests/{number}/reschedule", { params, body: command.body });
    case "cancel":
      return api.POST("/api/v1/my/requests/{number}/cancel", { params, body: command.body });
    case "signOff":
      return api.POST("/api/v1/my/requests/{number}/sign-off", { params, body: command.body });
  }
}

export function useBookingAction(target: BookingTarget) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const refresh = () =>
    "trackingCode" in target
      ? queryClient.invalidateQueries({ queryKey: statusKey(target.trackingCode) })
      : queryClient.invalidateQueries({ queryKey: myRequestsKey });
  return useMutation({
    mutationFn: async (command: BookingCommand) =>
      unwrap(
        await ("trackingCode" in target
          ? sendTracked(api, target.trackingCode, command)
          : sendMine(api, target.myRequest, command)),
      ),
    onSuccess: (status, command) => {
      if ("trackingCode" in target) queryClient.setQueryData(statusKey(target.trackingCode), status);
      else void refresh();
      if (command.action === "reschedule" || command.action === "cancel") {
        void queryClient.invalidateQueries({ queryKey: [...bookingKey, "options"] });
        void queryClient.invalidateQueries({ queryKey: [...bookingKey, "account", "options"] });
      }
    },
    onError: (error) => {
      // The booking moved on (the installer left, the cut-off passed): show what may be done now.
      if (isProblemType(error, "booking-not-changeable")) void refresh();
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

/** A signed-in customer's products with their warranty cards and the visits that served each. */
export function useMyProducts() {
  const api = useApiClient();
  return useQuery({
    queryKey: myProductsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/my/products")),
  });
}

/**
 * The signed service report of one of the signed-in customer's requests, as a PDF in the UI's language, fetched
 * with the session's token and saved under the server's file name.
 */
export function useMyServiceReport() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async ({ workOrderId, number }: { workOrderId: string; number: string }) =>
      saveDownload(
        await api.GET("/api/v1/my/work-orders/{workOrderId}/service-report", {
          params: { path: { workOrderId }, query: { lang: currentLanguage() } },
          headers: { Accept: `${PDF_TYPE}, application/problem+json` },
          parseAs: "blob",
        }),
        `service-report-${number}.pdf`,
      ),
  });
}

/**
 * Where the tracking link's service report downloads, in the UI's language: a public file the browser fetches
 * itself (no token), so a plain link saves it under the server's name.
 */
export function serviceReportUrl(trackingCode: string): string {
  const query = new URLSearchParams({ lang: currentLanguage() });
  return apiUrl(`/api/v1/public/bookings/${encodeURIComponent(trackingCode)}/service-report?${query}`);
}
