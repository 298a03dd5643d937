import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { problem } from "@/test/fixtures";
import { faultCategory, product } from "@/test/fixtures-quality";
import { pickOption } from "@/test/pick-option";
import { json, renderWithApi } from "@/test/render";
import { FaultCategoryForm } from "./FaultCategoryForm";

const CODE_TAKEN = problem({
  type: "https://aftercare.dev/problems/code-taken",
  title: "Code taken",
  status: 409,
  detail: "The fault category no-cooling exists already.",
  errors: [{ field: "code", message: "another fault category has this code" }],
});

function categoriesApi(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/api/v1/fault-categories") return onPost(await request.json());
    if (url.pathname === "/api/v1/catalog-items") return json({ items: [product()] });
    return json({ items: [] });
  };
}

// antd renders slowly in jsdom on a busy machine.
describe("FaultCategoryForm", { timeout: 60_000 }, () => {
  it("shows a code taken by another category on the code, and adds it under a new code", async () => {
    await i18n.changeLanguage("zh-CN");
    const onSaved = vi.fn();
    const sent: unknown[] = [];
    renderWithApi(
      <FaultCategoryForm onSaved={onSaved} onReload={() => {}} />,
      categoriesApi((body) => {
        sent.push(body);
        return sent.length === 1 ? json(CODE_TAKEN, 409) : json(faultCategory({ code: "no-cooling-2" }), 201);
      }),
    );
    await userEvent.type(screen.getByRole("textbox", { name: "编码" }), "no-cooling");
    await userEvent.type(screen.getByRole("textbox", { name: "名称" }), "不制冷");
    await userEvent.click(screen.getByRole("radio", { name: /服务问题/ }));
    await pickOption(screen.getByRole("combobox", { name: "适用产品" }), "冷柜 K-200");
    await userEvent.click(screen.getByRole("button", { name: "新增分类" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "编码" })).toHaveAccessibleDescription(/^已有其他故障分类使用此编码/),
    );
    expect(screen.getByRole("alert")).toHaveTextContent("使用此编码");
    expect(onSaved).not.toHaveBeenCalled();
    expect(sent[0]).toEqual({
      code: "no-cooling",
      name: "不制冷",
      faultClass: "SERVICE",
      productIds: ["0193a5c8-0000-7000-8000-0000000000a1"],
    });

    await userEvent.clear(screen.getByRole("textbox", { name: "编码" }));
    await userEvent.type(screen.getByRole("textbox", { name: "编码" }), "no-cooling-2");
    await userEvent.click(screen.getByRole("button", { name: "新增分类" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it("refuses a code the contract would refuse before sending", async () => {
    await i18n.changeLanguage("en");
    const post = vi.fn();
    renderWithApi(<FaultCategoryForm onSaved={() => {}} onReload={() => {}} />, categoriesApi(post));
    await userEvent.type(screen.getByRole("textbox", { name: "Code" }), "No Cooling");
    await userEvent.type(screen.getByRole("textbox", { name: "Name" }), "No cooling");
    await userEvent.click(screen.getByRole("button", { name: "Add the category" }));
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Code" })).toHaveAccessibleDescription(
        /^Lower-case letters, digits and dashes, starting/,
      ),
    );
    expect(post).not.toHaveBeenCalled();
  });
});
