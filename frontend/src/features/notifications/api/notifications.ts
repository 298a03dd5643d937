import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type Notification = Schema<"Notification">;
export type NotificationStatus = Schema<"NotificationStatus">;
export type NotificationChannel = Schema<"NotificationChannel">;
export type NotificationAudience = Schema<"NotificationAudience">;
export type DeliveryReceipt = Schema<"DeliveryReceipt">;

const PAGE_SIZE = 50;
const notificationsKey = ["notifications"] as const;

export interface NotificationFilter {
  status?: NotificationStatus | undefined;
  channel?: NotificationChannel | undefined;
  audience?: NotificationAudience | undefined;
}

/** The tenant's outbox, newest first, a keyset page at a time. */
export function useNotifications(filter: NotificationFilter) {
  const api = useApiClient();
  const query = { status: filter.status, channel: filter.channel, audience: filter.audience };
  return useInfiniteQuery({
    queryKey: [...notificationsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/notifications", {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Queues a failed message again, due now. */
export function useRetryNotification() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.POST("/api/v1/notifications/{notificationId}/retry", { params: { path: { notificationId: id } } }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
