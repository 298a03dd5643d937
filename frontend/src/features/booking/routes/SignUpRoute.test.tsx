import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RouterProvider, createMemoryRouter } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import { createQueryClient } from "@/lib/query-client";
import { bookingOptions, problem } from "@/test/fixtures";
import { json, type FakeApi } from "@/test/render";
import { SignUpRoute } from "./SignUpRoute";

/** The sign-up page as a customer opens it from a link, without a session; `signUp` answers the final POST. */
function renderSignUp(signUp: FakeApi = () => json({ login: "north.13800000000" }, 201)) {
  const requests: Request[] = [];
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => null,
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/public/north/booking-options") return json(bookingOptions());
      if (path === "/api/v1/public/north/customer-sign-up/codes") return json({ expiresInSeconds: 600 }, 202);
      if (path === "/api/v1/public/north/customer-sign-up") return signUp(request);
      return json(problem({ status: 404, type: "https://aftercare.dev/problems/not-found", title: "Not found" }), 404);
    },
  });
  const router = createMemoryRouter([{ path: "/sign-up/:tenantSlug", element: <SignUpRoute /> }], {
    initialEntries: ["/sign-up/north"],
  });
  render(
    <ApiClientContext.Provider value={api}>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiClientContext.Provider>,
  );
  const posts = () => requests.filter((request) => request.method === "POST");
  return { requests, posts };
}

async function sendCode() {
  const step = await screen.findByRole("form", { name: "1. 获取验证码" });
  await userEvent.type(within(step).getByRole("textbox", { name: "手机号码" }), "138 0000 0000");
  await userEvent.click(within(step).getByRole("button", { name: "发送验证码" }));
  return step;
}

async function enterCode(code: string) {
  const step = await screen.findByRole("form", { name: "2. 输入验证码并设置密码" });
  await userEvent.type(within(step).getByRole("textbox", { name: "验证码（6 位数字）" }), code);
  await userEvent.type(within(step).getByLabelText("密码"), "geheim-2026");
  await userEvent.type(within(step).getByLabelText("再次输入密码"), "geheim-2026");
  await userEvent.click(within(step).getByRole("button", { name: "开通账号" }));
  return step;
}

beforeEach(async () => {
  await i18n.changeLanguage("zh-CN");
});

// antd renders slowly in jsdom on a busy machine.
describe("the customer sign-up page", { timeout: 120_000 }, () => {
  it("sends a code and says the same whether or not the number is on record, then waits a minute to resend", async () => {
    const { posts, requests } = renderSignUp();
    const step = await sendCode();
    expect(await within(step).findByRole("status")).toHaveTextContent(
      "如果该号码已登记，验证码正在发送中，10 分钟内有效。",
    );
    const resend = within(step).getByRole("button", { name: /秒后可重新发送/ });
    expect(resend).toBeDisabled();
    const sent = posts()[0]!;
    expect(new URL(sent.url).pathname).toBe("/api/v1/public/north/customer-sign-up/codes");
    expect(await sent.json()).toEqual({ phone: "138 0000 0000" });
    expect(requests.every((request) => !request.headers.has("Authorization"))).toBe(true);
    expect(screen.getByRole("form", { name: "2. 输入验证码并设置密码" })).toBeInTheDocument();
  });

  it("shows a wrong code on the code field, in the page's words", async () => {
    renderSignUp(() =>
      json(
        problem({
          status: 400,
          type: "https://aftercare.dev/problems/code-invalid",
          title: "Code not valid",
          errors: [{ field: "code", message: "wrong, used or expired" }],
        }),
        400,
      ),
    );
    await sendCode();
    const step = await enterCode("123456");
    const code = within(step).getByRole("textbox", { name: "验证码（6 位数字）" });
    await waitFor(() => expect(code).toHaveAttribute("aria-invalid", "true"));
    expect(await within(step).findByText(/验证码无效。/)).toBeInTheDocument();
    expect(screen.queryByText("wrong, used or expired")).not.toBeInTheDocument();
    expect(screen.queryByText("north.13800000000")).not.toBeInTheDocument();
  });

  it("checks the code's six digits and the repeated password before sending", async () => {
    const { posts } = renderSignUp();
    await sendCode();
    const step = await screen.findByRole("form", { name: "2. 输入验证码并设置密码" });
    await userEvent.type(within(step).getByRole("textbox", { name: "验证码（6 位数字）" }), "12a");
    await userEvent.type(within(step).getByLabelText("密码"), "geheim-2026");
    await userEvent.type(within(step).getByLabelText("再次输入密码"), "geheim-2027");
    await userEvent.click(within(step).getByRole("button", { name: "开通账号" }));
    expect(await within(step).findByText("请输入短信中的 6 位数字")).toBeInTheDocument();
    expect(within(step).getByText("两次输入的密码不一致")).toBeInTheDocument();
    expect(posts()).toHaveLength(1);
  });

  it("opens the account and shows the login to sign in with", async () => {
    const { posts } = renderSignUp();
    await sendCode();
    await enterCode("042917");
    const done = await screen.findByRole("region", { name: "账号已开通" });
    expect(within(done).getByText("north.13800000000")).toBeInTheDocument();
    expect(within(done).getByRole("link", { name: /登\s*录/ })).toHaveAttribute("href", "/my-products");
    const signUp = posts()[1]!;
    expect(new URL(signUp.url).pathname).toBe("/api/v1/public/north/customer-sign-up");
    expect(await signUp.json()).toEqual({ phone: "138 0000 0000", code: "042917", password: "geheim-2026" });
  });

  it("sends the code to the e-mail on record when the customer chooses e-mail, and opens the account with it", async () => {
    const { posts } = renderSignUp();
    const step = await screen.findByRole("form", { name: "1. 获取验证码" });
    await userEvent.click(screen.getByText("发到电子邮箱"));
    await userEvent.type(await screen.findByRole("textbox", { name: "电子邮箱" }), "wang.fang@example.com");
    await userEvent.click(within(step).getByRole("button", { name: "发送验证码" }));
    expect(await within(step).findByRole("status")).toHaveTextContent("如该邮箱已登记，验证码已发出，10 分钟内有效。");
    expect(await posts()[0]!.json()).toEqual({ email: "wang.fang@example.com" });
    await enterCode("042917");
    await waitFor(() => expect(posts()).toHaveLength(2));
    expect(await posts()[1]!.json()).toEqual({
      email: "wang.fang@example.com",
      code: "042917",
      password: "geheim-2026",
    });
  });
});
