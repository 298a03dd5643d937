import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { IndicatorView } from "../model/period";

/** The indicators of the view's period and filters, each with the previous period of the same length (managers only). */
export function useKpis(view: IndicatorView) {
  const api = useApiClient();
  const query = {
    from: view.period.from,
    to: view.period.to,
    installerId: view.installerId,
    servicePointId: view.servicePointId,
    productId: view.productId,
    type: view.type,
  };
  return useQuery({
    queryKey: ["kpis", query],
    queryFn: async () => unwrap(await api.GET("/api/v1/kpis", { params: { query } })),
    // Changing a filter keeps the cards in place until the new figures arrive.
    placeholderData: keepPreviousData,
  });
}
