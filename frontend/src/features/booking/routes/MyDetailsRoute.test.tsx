import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import { me, problem } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import type { MyProfile } from "../api/my-account";
import { MyDetailsRoute } from "./MyDetailsRoute";

const profile: MyProfile = {
  name: "王芳",
  phone: "138 1234 5678",
  email: "wang@example.com",
  language: "zh-CN",
  contacts: [],
  addresses: [{ id: "0193a5c8-0000-7000-8000-00000000a001", label: "家", address: "杭州市文三路 100 号", version: 0 }],
  campaignOptOutAt: "2026-12-01T02:00:00Z",
  version: 3,
};

// antd renders slowly in jsdom on a busy machine.
describe("my details", { timeout: 120_000 }, () => {
  it("shows the opt-out, and adds an address", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyDetailsRoute />
      </MemoryRouter>,
      (request) =>
        request.method === "POST"
          ? json({ id: "0193a5c8-0000-7000-8000-00000000a002", label: "公司", address: "文一路 1 号", version: 0 }, 201)
          : json(profile),
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    expect(await screen.findByText(/已于 .* 要求不再接收活动消息/)).toBeInTheDocument();
    const addresses = screen.getByRole("region", { name: "我的地址" });
    expect(within(addresses).getByText("杭州市文三路 100 号")).toBeInTheDocument();
    await userEvent.click(within(addresses).getByRole("button", { name: /添加地址/ }));
    const dialog = await screen.findByRole("dialog", { name: "添加地址" });
    await userEvent.type(within(dialog).getByLabelText("地点名称（如家、公司）"), "公司");
    await userEvent.type(within(dialog).getByLabelText("地址"), "文一路 1 号");
    await userEvent.click(within(dialog).getByRole("button", { name: /保\s*存/ }));
    await waitFor(() => expect(requests.some((request) => request.method === "POST")).toBe(true));
    const post = requests.find((request) => request.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/my/addresses");
    expect(await post.json()).toEqual({ label: "公司", address: "文一路 1 号" });
  });

  it("saves e-mail and language with the version read; a stale version shows the problem and reloads what is on record", async () => {
    await i18n.changeLanguage("zh-CN");
    let reads = 0;
    const { requests } = renderWithApi(
      <MemoryRouter>
        <MyDetailsRoute />
      </MemoryRouter>,
      (request) => {
        if (request.method === "PUT") {
          return json(
            problem({ status: 409, type: "https://aftercare.dev/problems/stale-version", title: "Stale version" }),
            409,
          );
        }
        reads += 1;
        return json(reads === 1 ? profile : { ...profile, email: "fang@example.com", version: 4 });
      },
      me({ username: "wang.fang", displayName: "王芳", roles: ["customer"] }),
    );
    const form = await screen.findByRole("form", { name: "账户信息" });
    const email = within(form).getByRole("textbox", { name: "电子邮箱" });
    await userEvent.clear(email);
    await userEvent.type(email, "new@example.com");
    await userEvent.click(within(form).getByRole("button", { name: /保\s*存/ }));
    expect(await within(form).findByText("数据已被他人修改，您的更改未保存。")).toBeInTheDocument();
    const put = requests.find((request) => request.method === "PUT")!;
    expect(await put.json()).toEqual({ version: 3, email: "new@example.com", language: "zh-CN" });
    await waitFor(() => expect(email).toHaveValue("fang@example.com"));
  });
});
