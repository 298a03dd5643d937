import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { TenantSettings } from "../model/settings-form";

export const settingsQueryKey = ["settings"] as const;

export function useSettings() {
  const api = useApiClient();
  return useQuery({
    queryKey: settingsQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/settings")),
    // A refetch while the manager edits would silently replace the version the form saves against.
    refetchOnWindowFocus: false,
  });
}

export function useSaveSettings() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TenantSettings) => unwrap(await api.PUT("/api/v1/settings", { body })),
    onSuccess: (saved) => queryClient.setQueryData(settingsQueryKey, saved),
  });
}
