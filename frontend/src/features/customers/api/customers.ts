import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { assetsKey, customerKey, customersKey, searchTermOf, type Customer } from "@/lib/customer-lookup";

export type { Customer, CustomerContact, CustomerSite, CustomerSummary, Asset } from "@/lib/customer-lookup";
export type CustomerKind = Schema<"CustomerKind">;
export type CustomerLanguage = Schema<"CustomerLanguage">;
export type CreateCustomerRequest = Schema<"CreateCustomerRequest">;
export type UpdateCustomerRequest = Schema<"UpdateCustomerRequest">;
export type CustomerContactRequest = Schema<"CustomerContactRequest">;
export type UpdateCustomerContactRequest = Schema<"UpdateCustomerContactRequest">;
export type CustomerSiteRequest = Schema<"CustomerSiteRequest">;
export type UpdateCustomerSiteRequest = Schema<"UpdateCustomerSiteRequest">;

const PAGE_SIZE = 50;

/** Customers page by page; `text` is a phone (3 digits or more) or part of a name, as in the phone search. */
export function useCustomerList(text: string, kind: CustomerKind | undefined) {
  const api = useApiClient();
  const term = searchTermOf(text);
  return useInfiniteQuery({
    queryKey: [...customersKey, "list", { term, kind: kind ?? null }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/customers", {
          params: { query: { ...term, kind, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After a change the customer's page shows the answer at once; lists and searches are read again. */
function useCustomerSaved() {
  const queryClient = useQueryClient();
  return (customer: Customer) => {
    queryClient.setQueryData(customerKey(customer.id), customer);
    return queryClient.invalidateQueries({
      queryKey: customersKey,
      predicate: (query) => query.queryKey[1] !== "detail",
    });
  };
}

/** After a change of a contact or site: the customer is read again with it. */
function useCustomerChanged() {
  const queryClient = useQueryClient();
  return (customerId: string) => queryClient.invalidateQueries({ queryKey: customerKey(customerId) });
}

export function useCreateCustomer() {
  const api = useApiClient();
  const saved = useCustomerSaved();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateCustomerRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/customers", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: saved,
  });
}

export function useUpdateCustomer(customerId: string) {
  const api = useApiClient();
  const saved = useCustomerSaved();
  return useMutation({
    mutationFn: async (body: UpdateCustomerRequest) =>
      unwrap(await api.PUT("/api/v1/customers/{customerId}", { params: { path: { customerId } }, body })),
    onSuccess: saved,
  });
}

export function useDeleteCustomer(customerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE("/api/v1/customers/{customerId}", { params: { path: { customerId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: customerKey(customerId) });
      return queryClient.invalidateQueries({ queryKey: customersKey });
    },
  });
}

/** Adds, changes or removes one contact of a customer. */
export function useContactChange(customerId: string) {
  const api = useApiClient();
  const changed = useCustomerChanged();
  return useMutation({
    mutationFn: async (
      change:
        | { kind: "add"; body: CustomerContactRequest; idempotencyKey: string }
        | { kind: "update"; contactId: string; body: UpdateCustomerContactRequest }
        | { kind: "remove"; contactId: string },
    ) => {
      switch (change.kind) {
        case "add":
          return unwrap(
            await api.POST("/api/v1/customers/{customerId}/contacts", {
              params: { path: { customerId }, header: { "Idempotency-Key": change.idempotencyKey } },
              body: change.body,
            }),
          );
        case "update":
          return unwrap(
            await api.PUT("/api/v1/customers/{customerId}/contacts/{contactId}", {
              params: { path: { customerId, contactId: change.contactId } },
              body: change.body,
            }),
          );
        case "remove":
          return unwrap(
            await api.DELETE("/api/v1/customers/{customerId}/contacts/{contactId}", {
              params: { path: { customerId, contactId: change.contactId } },
            }),
          );
      }
    },
    onSettled: () => changed(customerId),
  });
}

/** Adds, changes or removes one site of a customer. */
export function useSiteChange(customerId: string) {
  const api = useApiClient();
  const changed = useCustomerChanged();
  return useMutation({
    mutationFn: async (
      change:
        | { kind: "add"; body: CustomerSiteRequest; idempotencyKey: string }
        | { kind: "update"; siteId: string; body: UpdateCustomerSiteRequest }
        | { kind: "remove"; siteId: string },
    ) => {
      switch (change.kind) {
        case "add":
          return unwrap(
            await api.POST("/api/v1/customers/{customerId}/sites", {
              params: { path: { customerId }, header: { "Idempotency-Key": change.idempotencyKey } },
              body: change.body,
            }),
          );
        case "update":
          return unwrap(
            await api.PUT("/api/v1/customers/{customerId}/sites/{siteId}", {
              params: { path: { customerId, siteId: change.siteId } },
              body: change.body,
            }),
          );
        case "remove":
          return unwrap(
            await api.DELETE("/api/v1/customers/{customerId}/sites/{siteId}", {
              params: { path: { customerId, siteId: change.siteId } },
            }),
          );
      }
    },
    onSettled: () => changed(customerId),
  });
}

/** After a stale-version conflict: the customer and its assets as the server has them now. */
export function useReloadCustomer(customerId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: customerKey(customerId) }),
      queryClient.invalidateQueries({ queryKey: assetsKey }),
    ]);
}

/**
 * Records that the customer asked (by phone, letter or visit) to get no more campaign messages; those still
 * waiting are withdrawn, and the page reads the customer again to show the date.
 */
export function useRecordCampaignOptOut(customerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/campaigns/opt-outs", { body: { customerId } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: customerKey(customerId) }),
  });
}
