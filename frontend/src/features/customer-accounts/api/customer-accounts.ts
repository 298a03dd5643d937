import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import { customerAccountsKey, type CustomerAccountStatus } from "@/lib/customer-accounts";

const PAGE_SIZE = 50;

/** The customers' accounts, one keyset page at a time, optionally of one status. */
export function useCustomerAccounts(status: CustomerAccountStatus | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...customerAccountsKey, "list", { status }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/customer-accounts", {
          params: { query: { status, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Switches a customer's login off (`disabled: true`) or on again, with the version read. */
export function useSwitchCustomerAccount() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, disabled }: { id: string; version: number; disabled: boolean }) =>
      unwrap(
        await api.POST("/api/v1/customer-accounts/{accountId}/status", {
          params: { path: { accountId: id } },
          body: { version, disabled },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: customerAccountsKey }),
  });
}
