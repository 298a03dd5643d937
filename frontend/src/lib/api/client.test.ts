import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { me as caller, problem } from "@/test/fixtures";
import { createApiClient } from "./client";

function fakeFetch(status: number, body: unknown) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": status < 400 ? "application/json" : "application/problem+json" },
    });
  });
  return { fetch, requests };
}

const me = caller({ username: "zhang", displayName: "张三" });

describe("API client", () => {
  it("sends the access token as a bearer token on every call", async () => {
    const { fetch, requests } = fakeFetch(200, me);
    const api = createApiClient({
      baseUrl: "http://app.test",
      accessToken: async () => "token-123",
      onUnauthorized: () => {},
      fetch,
    });
    const { data } = await api.GET("/api/v1/me");
    expect(data?.username).toBe("zhang");
    expect(requests[0]?.headers.get("Authorization")).toBe("Bearer token-123");
    expect(requests[0]?.url).toBe("http://app.test/api/v1/me");
  });

  it("asks for a new sign-in when the API answers 401", async () => {
    const { fetch } = fakeFetch(401, problem({ status: 401, type: "about:blank", title: "Unauthorized" }));
    const onUnauthorized = vi.fn();
    const api = createApiClient({
      baseUrl: "http://app.test",
      accessToken: async () => "expired",
      onUnauthorized,
      fetch,
    });
    const { error, response } = await api.GET("/api/v1/settings");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ title: "Unauthorized" });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it("does not ask for a sign-in on other errors", async () => {
    const { fetch } = fakeFetch(403, problem({ status: 403, type: "about:blank", title: "Forbidden" }));
    const onUnauthorized = vi.fn();
    const api = createApiClient({ baseUrl: "http://app.test", accessToken: async () => "t", onUnauthorized, fetch });
    await api.GET("/api/v1/settings");
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("asks for answers in the UI's language and follows a language switch at the next call", async () => {
    const { fetch, requests } = fakeFetch(200, me);
    const api = createApiClient({
      baseUrl: "http://app.test",
      accessToken: async () => null,
      onUnauthorized: () => {},
      fetch,
    });
    await i18n.changeLanguage("zh-CN");
    await api.GET("/api/v1/me");
    await i18n.changeLanguage("en");
    await api.GET("/api/v1/me");
    expect(requests.map((request) => request.headers.get("Accept-Language"))).toEqual(["zh-CN", "en"]);
    await i18n.changeLanguage("zh-CN");
  });

  it("keeps an Accept-Language a call sets itself", async () => {
    const { fetch, requests } = fakeFetch(200, me);
    const api = createApiClient({
      baseUrl: "http://app.test",
      accessToken: async () => null,
      onUnauthorized: () => {},
      fetch,
    });
    await api.GET("/api/v1/me", { headers: { "Accept-Language": "en" } });
    expect(requests[0]?.headers.get("Accept-Language")).toBe("en");
  });
});
