import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type KpiFigure = Schema<"KpiFigure">;

/** The calling installer's indicators for the month so far (the tenant's month). */
export function useMyMonth() {
  const api = useApiClient();
  return useQuery({
    queryKey: ["kpis", "mine"],
    queryFn: async () => unwrap(await api.GET("/api/v1/kpis/mine")),
    // The month moves slowly; a visit an hour is enough on a phone.
    staleTime: 5 * 60_000,
  });
}
