import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type PartnerOrderView = Schema<"PartnerOrderView">;
export type PartnerStatementSummary = Schema<"PartnerStatementSummary">;

const PAGE_SIZE = 50;
const portalKey = ["partner-portal"] as const;

/** The jobs of the caller's partner, customer data minimised by the server. */
export function useMyPartnerOrders() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...portalKey, "orders"],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/partner/orders", { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The partner's confirmed and paid statements. */
export function useMyPartnerStatements() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...portalKey, "statements"],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/partner/statements", { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
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
