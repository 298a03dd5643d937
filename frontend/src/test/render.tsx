import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { App as AntApp } from "antd";
import type { ReactNode } from "react";
import { DesignSystem } from "@/app/design/DesignSystem";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import type { Schema } from "@/lib/api/schema-types";
import { CurrentUserContext } from "@/lib/current-user";
import { createQueryClient } from "@/lib/query-client";
import { me } from "./fixtures";

/** Answers the app's API calls in a test, like the server would. */
export type FakeApi = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status < 400 ? "application/json" : "application/problem+json" },
  });
}

/**
 * Renders a page as the signed-in user with the real API client and query client; only the network is
 * replaced. Every request is recorded (a clone, so its body can still be read).
 */
export function renderWithApi(ui: ReactNode, answer: FakeApi, caller: Schema<"Me"> = me()) {
  const requests: Request[] = [];
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => "token",
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      return answer(request);
    },
  });
  const view = render(
    <DesignSystem>
      <AntApp>
        <ApiClientContext.Provider value={api}>
          <QueryClientProvider client={createQueryClient()}>
            <CurrentUserContext.Provider value={caller}>{ui}</CurrentUserContext.Provider>
          </QueryClientProvider>
        </ApiClientContext.Provider>
      </AntApp>
    </DesignSystem>,
  );
  return { ...view, requests };
}
