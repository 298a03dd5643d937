import createClient, { type Client, type Middleware } from "openapi-fetch";
import { createContext, useContext } from "react";
import i18n from "@/i18n";
import type { paths } from "./schema";

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  /** The current access token, or null when there is no session. */
  accessToken: () => Promise<string | null>;
  /** Called when the API rejects the token; the app starts a new sign-in. */
  onUnauthorized: () => void;
  fetch?: (request: Request) => Promise<Response>;
  /** The UI's language at the time of each call (default: i18next's); the server answers its texts in it. */
  language?: () => string;
}

/** The UI's current language as i18next resolved it ("zh-CN" or "en"). */
function uiLanguage(): string {
  return i18n.resolvedLanguage ?? i18n.language ?? "zh-CN";
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl || window.location.origin,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const language = options.language ?? uiLanguage;
  const bearer: Middleware = {
    async onRequest({ request }) {
      // Read per call, not per client: a language switch applies to the next request at once.
      if (!request.headers.has("Accept-Language")) {
        request.headers.set("Accept-Language", language());
      }
      const token = await options.accessToken();
      if (token) {
        request.headers.set("Authorization", `Bearer ${token}`);
      }
      // A call that asks for something else (the signature PNG) keeps its own Accept.
      if (!request.headers.has("Accept")) {
        request.headers.set("Accept", "application/json, application/problem+json");
      }
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) {
        options.onUnauthorized();
      }
      return response;
    },
  };
  client.use(bearer);
  return client;
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) {
    throw new Error("useApiClient outside ApiClientContext");
  }
  return client;
}

/** A fresh key per submitted form, so a retried POST is not executed twice by the server. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  // randomUUID exists only in secure contexts; plain-http deployments still get a random v4 UUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
