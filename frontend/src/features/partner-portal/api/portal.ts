import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type PartnerOrderView = Schema<"PartnerOrderView">;
export type PartnerStatementSummary = Schema<"PartnerStatementSummary">;
export type PartnerReportDoneRequest = Schema<"PartnerReportDoneRequest">;
type PartnerOrderPage = Schema<"PartnerOrderPage">;

const PAGE_SIZE = 50;
const portalKey = ["partner-portal"] as const;
const ordersKey = [...portalKey, "orders"] as const;

/** The jobs of the caller's partner, customer data minimised by the server. */
export function useMyPartnerOrders() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: ordersKey,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/partner/orders", { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The partner's units against the daily quota, day by day, this month so far. */
export function useMyPartnerQuota() {
  const api = useApiClient();
  return useQuery({
    queryKey: [...portalKey, "quota"],
    queryFn: async () => unwrap(await api.GET("/api/v1/partner/quota")),
    staleTime: 5 * 60_000,
  });
}

/** The partner's confirmed and paid statements. */
export function useMyPartnerStatements() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...portalKey, "statements"],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/partner/statements", { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMyPartnerStatement(statementId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...portalKey, "statements", statementId],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/partner/statements/{statementId}", { params: { path: { statementId } } })),
  });
}

/** The job as the server answered a step, put in place in the list so its card changes at once. */
function useReplaceOrder() {
  const queryClient = useQueryClient();
  return (order: PartnerOrderView) => {
    queryClient.setQueryData<InfiniteData<PartnerOrderPage>>(ordersKey, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((item) => (item.workOrderId === order.workOrderId ? order : item)),
            })),
          }
        : data,
    );
  };
}

/** Someone of the partner takes the job; 409 partner-order-taken when someone took it already or it is over. */
export function useAcceptMyPartnerOrder() {
  const api = useApiClient();
  const replace = useReplaceOrder();
  return useMutation({
    mutationFn: async (workOrderId: string) =>
      unwrap(await api.POST("/api/v1/partner/orders/{workOrderId}/accept", { params: { path: { workOrderId } } })),
    onSuccess: replace,
  });
}

/** The partner reports the taken job done with the photos it uploaded to the order and a note. */
export function useReportMyPartnerOrderDone() {
  const api = useApiClient();
  const replace = useReplaceOrder();
  return useMutation({
    mutationFn: async ({ workOrderId, body }: { workOrderId: string; body: PartnerReportDoneRequest }) =>
      unwrap(
        await api.POST("/api/v1/partner/orders/{workOrderId}/report-done", { params: { path: { workOrderId } }, body }),
      ),
    onSuccess: replace,
  });
}
