import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { bookingOptions } from "@/test/fixtures";
import { json } from "@/test/render";
import { PublicApp } from "./PublicApp";

const config = {
  oidcAuthority: "http://kc.test/realms/aftercare",
  oidcClientId: "aftercare-spa",
  apiBaseUrl: "http://app.test",
};

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("the customers' app", () => {
  it("opens a booking page without a session and asks the API without a token", async () => {
    await i18n.changeLanguage("zh-CN");
    const requests: Request[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        requests.push(request);
        return json(bookingOptions({ tenantName: "南区店" }));
      }),
    );
    window.history.replaceState(null, "", "/book/south");
    render(<PublicApp config={config} />);

    expect(await screen.findByRole("heading", { level: 1, name: "南区店 · 在线预约" })).toBeInTheDocument();
    expect(screen.getByRole("radiogroup", { name: "语言 / Language" })).toBeInTheDocument();
    expect(requests.map((request) => request.url)).toEqual(["http://app.test/api/v1/public/south/booking-options"]);
    expect(requests[0]!.headers.has("Authorization")).toBe(false);
    // The server answers its texts (problem titles, field messages) in the page's language.
    expect(requests[0]!.headers.get("Accept-Language")).toBe("zh-CN");
  });

  it("says a public path no page matches is not found, rather than loading it again and again", async () => {
    await i18n.changeLanguage("zh-CN");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json({})),
    );
    window.history.replaceState(null, "", "/track/a/b");
    render(<PublicApp config={config} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("页面不存在。");
    expect(window.location.pathname).toBe("/track/a/b");
  });
});
