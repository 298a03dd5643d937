import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type Campaign = Schema<"Campaign">;
export type CampaignKind = Schema<"CampaignKind">;
export type CampaignStatus = Schema<"CampaignStatus">;
export type CampaignStage = Schema<"CampaignStage">;
export type CampaignFunnel = Schema<"CampaignFunnel">;
export type CampaignAudience = Schema<"CampaignAudience">;
export type CampaignSegment = Schema<"CampaignSegment">;
export type CampaignRequest = Schema<"CampaignRequest">;
export type CampaignRecipient = Schema<"CampaignRecipient">;
export type CampaignChannel = Schema<"NotificationChannel">;
export type CampaignAudienceRequest = Schema<"CampaignAudienceRequest">;

const PAGE_SIZE = 50;
/** While messages go out the funnel moves every few seconds. */
export const PROGRESS_POLL_MS = 3_000;

const campaignsKey = ["campaigns"] as const;
const detailKey = (id: string) => [...campaignsKey, "detail", id] as const;
const recipientsKey = (id: string) => [...campaignsKey, "recipients", id] as const;

/** Whether messages of a launched campaign are still waiting to go out. */
export function isSending(campaign: Pick<Campaign, "status" | "funnel">): boolean {
  return campaign.status === "LAUNCHED" && campaign.funnel.pending > 0;
}

/** The campaigns, newest first, one keyset page at a time, optionally of one status. */
export function useCampaigns(status: CampaignStatus | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...campaignsKey, "list", { status }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/campaigns", { params: { query: { status, limit: PAGE_SIZE, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A list with a campaign still sending shows its progress as it goes.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some(isSending)) ? PROGRESS_POLL_MS : false,
  });
}

/** One campaign; read again every 3 s while its messages are going out. */
export function useCampaign(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    enabled: id !== "",
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/campaigns/{campaignId}", { params: { path: { campaignId: id } } })),
    refetchInterval: (query) => (query.state.data && isSending(query.state.data) ? PROGRESS_POLL_MS : false),
  });
}

/**
 * Who a segment reaches today, for the form's live count. The request is the settled (debounced) one; the last
 * count stays shown while the next is read.
 */
export function useCampaignAudience(request: CampaignAudienceRequest | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...campaignsKey, "audience", request],
    enabled: request !== null,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.POST("/api/v1/campaigns/audience", { body: request! })),
  });
}

/** The tenant's "recently installed" months: what a RECENT_INSTALLATIONS campaign reaches when no months are given. */
export function useRecentInstallationMonths() {
  const api = useApiClient();
  return useQuery({
    queryKey: ["settings", "recentInstallationMonths"],
    staleTime: 5 * 60_000,
    queryFn: async () => unwrap(await api.GET("/api/v1/settings")).promises.recentInstallationMonths,
  });
}

function useCampaignSaved() {
  const queryClient = useQueryClient();
  return (campaign: Campaign) => {
    queryClient.setQueryData(detailKey(campaign.id), campaign);
    return queryClient.invalidateQueries({ queryKey: [...campaignsKey, "list"] });
  };
}

export function useCreateCampaign() {
  const api = useApiClient();
  const saved = useCampaignSaved();
  return useMutation({
    mutationFn: async (body: CampaignRequest) => unwrap(await api.POST("/api/v1/campaigns", { body })),
    onSuccess: saved,
  });
}

export function useUpdateCampaign(id: string) {
  const api = useApiClient();
  const saved = useCampaignSaved();
  return useMutation({
    mutationFn: async (body: CampaignRequest) =>
      unwrap(await api.PUT("/api/v1/campaigns/{campaignId}", { params: { path: { campaignId: id } }, body })),
    onSuccess: saved,
  });
}

/** Launches or cancels a campaign with the version read. */
export function useCampaignAction(id: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const saved = useCampaignSaved();
  return useMutation({
    mutationFn: async ({ action, version }: { action: "launch" | "cancel"; version: number }) => {
      const params = { path: { campaignId: id } };
      return unwrap(
        action === "launch"
          ? await api.POST("/api/v1/campaigns/{campaignId}/launch", { params, body: { version } })
          : await api.POST("/api/v1/campaigns/{campaignId}/cancel", { params, body: { version } }),
      );
    },
    onSuccess: async (campaign) => {
      await saved(campaign);
      await queryClient.invalidateQueries({ queryKey: recipientsKey(id) });
    },
  });
}

/** After a refusal because someone else moved the campaign on: read it again. */
export function useReloadCampaign(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(id) });
}

/** A campaign's customers with how far each got, a keyset page at a time; `stage` keeps those whose furthest step it is. */
export function useCampaignRecipients(id: string, stage: CampaignStage | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...recipientsKey(id), { stage }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/campaigns/{campaignId}/recipients", {
          params: { path: { campaignId: id }, query: { stage, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
