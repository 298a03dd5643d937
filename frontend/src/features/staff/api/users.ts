import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type StaffUser = Schema<"StaffUser">;
export type StaffRole = Schema<"StaffRole">;
export type StaffUserPage = Schema<"StaffUserPage">;
export type CreateStaffUserRequest = Schema<"CreateStaffUserRequest">;
export type UpdateStaffUserRequest = Schema<"UpdateStaffUserRequest">;

export const STAFF_ROLES = ["manager", "dispatcher", "installer", "partner"] as const satisfies readonly StaffRole[];

const PAGE_SIZE = 50;
const usersKey = ["users"] as const;

export function useStaffUsers(role: StaffRole | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...usersKey, { role: role ?? null }],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/users", { params: { query: { limit: PAGE_SIZE, cursor: pageParam, role } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateStaffUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateStaffUserRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/users", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

function replaceInPages(
  data: InfiniteData<StaffUserPage> | undefined,
  change: (user: StaffUser) => StaffUser | null,
): InfiniteData<StaffUserPage> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.flatMap((user) => {
        const next = change(user);
        return next ? [next] : [];
      }),
    })),
  };
}

export function useUpdateStaffUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, body }: { userId: string; body: UpdateStaffUserRequest }) =>
      unwrap(await api.PATCH("/api/v1/users/{userId}", { params: { path: { userId } }, body })),
    // Patch the loaded pages in place so "load more" progress survives an edit.
    onSuccess: (saved) =>
      queryClient.setQueriesData<InfiniteData<StaffUserPage>>({ queryKey: usersKey }, (data) =>
        replaceInPages(data, (user) => (user.id === saved.id ? saved : user)),
      ),
  });
}

export function useDeleteStaffUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      unwrap(await api.DELETE("/api/v1/users/{userId}", { params: { path: { userId } } })),
    onSuccess: (_, userId) =>
      queryClient.setQueriesData<InfiniteData<StaffUserPage>>({ queryKey: usersKey }, (data) =>
        replaceInPages(data, (user) => (user.id === userId ? null : user)),
      ),
  });
}

/** After a stale-version conflict the list must show the server's current state. */
export function useRefreshStaffUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usersKey });
}
