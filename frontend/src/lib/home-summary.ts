import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "./api/client";
import { unwrap } from "./api/problem";

/**
 * The office's summary of the day (GET /api/v1/home): today's dispatch, the open promise breaches and, for the
 * manager, the decisions waiting. The home page and the indicators share it; it reloads every minute.
 */
export function useHomeSummary(enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["home"],
    queryFn: async () => unwrap(await api.GET("/api/v1/home")),
    enabled,
    refetchInterval: 60_000,
  });
}
