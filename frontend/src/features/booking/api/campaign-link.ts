import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type CampaignLink = Schema<"CampaignLink">;
export type CampaignLinkProduct = Schema<"CampaignLinkProduct">;
export type CampaignLinkSite = Schema<"CampaignLinkSite">;
export type CampaignLinkBooked = Schema<"CampaignLinkBooked">;
export type CampaignLinkBookingRequest = Schema<"CampaignLinkBookingRequest">;

const linkKey = (tenantSlug: string, linkCode: string) => ["campaign-link", tenantSlug, linkCode] as const;

/**
 * What a customer's personal campaign link shows: their products and addresses, the campaign's free slots, and
 * whether they booked or opted out already. Free slots change as others book, so it is read fresh.
 */
export function useCampaignLink(tenantSlug: string, linkCode: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: linkKey(tenantSlug, linkCode),
    staleTime: 0,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/public/{tenantSlug}/campaign-links/{linkCode}", {
          params: { path: { tenantSlug, linkCode } },
        }),
      ),
  });
}

/** Books the campaign's visit; whatever the answer, the link is read again (its slots or its state changed). */
export function useBookCampaignVisit(tenantSlug: string, linkCode: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CampaignLinkBookingRequest) =>
      unwrap(
        await api.POST("/api/v1/public/{tenantSlug}/campaign-links/{linkCode}/booking", {
          params: { path: { tenantSlug, linkCode } },
          body,
        }),
      ),
    // Booked, taken meanwhile, booked already or closed: the link is read again as it is now.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: linkKey(tenantSlug, linkCode) }),
  });
}

/** Stops campaign messages to the customer for good; the answer is the link as it is now. */
export function useOptOutOfCampaigns(tenantSlug: string, linkCode: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/public/{tenantSlug}/campaign-links/{linkCode}/opt-out", {
          params: { path: { tenantSlug, linkCode } },
        }),
      ),
    onSuccess: (link) => queryClient.setQueryData(linkKey(tenantSlug, linkCode), link),
  });
}
