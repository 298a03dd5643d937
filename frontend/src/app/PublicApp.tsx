import { QueryClientProvider } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { RouterProvider } from "react-router";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import type { RuntimeConfig } from "@/lib/config";
import { createQueryClient } from "@/lib/query-client";
import { DesignSystem } from "./design/DesignSystem";
import { createPublicRouter } from "./public-router";

/** The app for customers' public pages: the same API client, without a token and without a sign-in on 401. */
export function PublicApp({ config }: { config: RuntimeConfig }) {
  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: config.apiBaseUrl,
        accessToken: async () => null,
        onUnauthorized: () => {},
      }),
    [config.apiBaseUrl],
  );
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createPublicRouter);
  return (
    <DesignSystem>
      <ApiClientContext.Provider value={api}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiClientContext.Provider>
    </DesignSystem>
  );
}
