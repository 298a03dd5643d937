import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "./api/client";
import { collectPages } from "./api/pages";
import { unwrap } from "./api/problem";

/** The product models (catalogue items of kind PRODUCT) of the tenant, for choosing one by name. */
export function useCatalogProducts() {
  const api = useApiClient();
  return useQuery({
    queryKey: ["catalog-items", "products"],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(
            await api.GET("/api/v1/catalog-items", { params: { query: { kind: "PRODUCT", limit: 200, cursor } } }),
          ),
        )
      ).items,
  });
}
