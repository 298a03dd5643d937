import { screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { bookingStatus, me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { MyRequestsRoute } from "./MyRequestsRoute";

describe("my requests", () => {
  it("lists the signed-in customer's requests with their stage and visit, and links to booking another", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyRequestsRoute />
      </MemoryRouter>,
      () =>
        json({
          items: [
            bookingStatus({ number: "SR-000043", stage: "RECEIVED", appointment: undefined, installerName: undefined }),
            bookingStatus(),
          ],
        }),
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    const received = await screen.findByRole("article", { name: "SR-000043 · 已受理" });
    expect(within(received).getByText(/3月5日周四 09:00–11:00/)).toBeInTheDocument();
    expect(within(received).getByText("（待安排）")).toBeInTheDocument();
    const scheduled = screen.getByRole("article", { name: "SR-000042 · 已安排" });
    expect(within(scheduled).getByText("李师傅")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "预约上门服务" })).toHaveAttribute("href", "/book/north");
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/my/requests");
  });
});
