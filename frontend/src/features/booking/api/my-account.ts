import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { isProblemType, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type MyBookingOptions = Schema<"MyBookingOptions">;
export type MyBookingProduct = Schema<"MyBookingProduct">;
export type MyBookingRequest = Schema<"MyBookingRequest">;
export type MyProfile = Schema<"MyProfile">;
export type MyProfileRequest = Schema<"MyProfileRequest">;
export type CustomerContact = Schema<"CustomerContact">;
export type CustomerContactRequest = Schema<"CustomerContactRequest">;
export type CustomerSite = Schema<"CustomerSite">;
export type CustomerSiteRequest = Schema<"CustomerSiteRequest">;
export type CustomerLanguage = Schema<"CustomerLanguage">;
export type ComplaintCategory = Schema<"ComplaintCategory">;
export type MyFeedbackReceipt = Schema<"MyFeedbackReceipt">;

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  "NOT_SERVING_ON_TIME",
  "ATTITUDE",
  "REWORK",
  "QUARREL_WITH_CUSTOMER",
  "ASKING_FOR_MONEY_OR_GIFTS",
  "OTHER",
];

const accountKey = ["booking", "account"] as const;
const myOptionsKey = [...accountKey, "options"] as const;
const profileKey = [...accountKey, "profile"] as const;
const myRequestsKey = ["booking", "mine"] as const;
const myProductsKey = ["booking", "myProducts"] as const;

/** What the signed-in customer may book: their products, addresses and the free slots, read fresh. */
export function useMyBookingOptions(enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: myOptionsKey,
    enabled,
    staleTime: 0,
    queryFn: async () => unwrap(await api.GET("/api/v1/my/booking-options")),
  });
}

export function useCreateMyBooking() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MyBookingRequest) => unwrap(await api.POST("/api/v1/my/bookings", { body })),
    onSettled: (_receipt, error) => {
      if (!error || isProblemType(error, "slot-not-free")) {
        void queryClient.invalidateQueries({ queryKey: myOptionsKey });
      }
      if (!error) void queryClient.invalidateQueries({ queryKey: myRequestsKey });
    },
  });
}

/** An objection to how a request was handled, or a complaint about the installer on its visit. */
export type MyFeedback =
  { kind: "objection"; description: string } | { kind: "complaint"; category: ComplaintCategory; description: string };

export function useMyFeedback(number: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (feedback: MyFeedback) => {
      const params = { path: { number } };
      return unwrap(
        feedback.kind === "objection"
          ? await api.POST("/api/v1/my/requests/{number}/objection", {
              params,
              body: { description: feedback.description },
            })
          : await api.POST("/api/v1/my/requests/{number}/complaint", {
              params,
              body: { category: feedback.category, description: feedback.description },
            }),
      );
    },
  });
}

export function useMyProfile() {
  const api = useApiClient();
  return useQuery({
    queryKey: profileKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/my/profile")),
  });
}

/** Any change to the profile: the page reads it again, so versions and lists stay the server's. */
function useProfileChange<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: (_result, error) => {
      void queryClient.invalidateQueries({ queryKey: profileKey });
      if (!error) {
        void queryClient.invalidateQueries({ queryKey: myOptionsKey });
        void queryClient.invalidateQueries({ queryKey: myProductsKey });
      }
    },
  });
}

export function useUpdateMyProfile() {
  const api = useApiClient();
  return useProfileChange(async (body: MyProfileRequest) => unwrap(await api.PUT("/api/v1/my/profile", { body })));
}

export type ContactChange =
  | { action: "add"; body: CustomerContactRequest }
  | { action: "edit"; id: string; body: CustomerContactRequest & { version: number } }
  | { action: "remove"; id: string };

export function useMyContactChange() {
  const api = useApiClient();
  return useProfileChange(async (change: ContactChange) => {
    switch (change.action) {
      case "add":
        return unwrap(await api.POST("/api/v1/my/contacts", { body: change.body }));
      case "edit":
        return unwrap(
          await api.PUT("/api/v1/my/contacts/{contactId}", {
            params: { path: { contactId: change.id } },
            body: change.body,
          }),
        );
      case "remove":
        return unwrap(
          await api.DELETE("/api/v1/my/contacts/{contactId}", { params: { path: { contactId: change.id } } }),
        );
    }
  });
}

export type AddressChange =
  | { action: "add"; body: CustomerSiteRequest }
  | { action: "edit"; id: string; body: CustomerSiteRequest & { version: number } }
  | { action: "remove"; id: string };

export function useMyAddressChange() {
  const api = useApiClient();
  return useProfileChange(async (change: AddressChange) => {
    switch (change.action) {
      case "add":
        return unwrap(await api.POST("/api/v1/my/addresses", { body: change.body }));
      case "edit":
        return unwrap(
          await api.PUT("/api/v1/my/addresses/{addressId}", {
            params: { path: { addressId: change.id } },
            body: change.body,
          }),
        );
      case "remove":
        return unwrap(
          await api.DELETE("/api/v1/my/addresses/{addressId}", { params: { path: { addressId: change.id } } }),
        );
    }
  });
}
