import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { installer as installerProfile, me, problem } from "@/test/fixtures";
import { INSTALLER_ID, TRIP_ID, expenseClaim, trip } from "@/test/fixtures-field-money";
import { pickOption } from "@/test/pick-option";
import { json, renderWithApi } from "@/test/render";
import { SubmitClaimForm } from "./SubmitClaimForm";

function claimsApi(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/api/v1/expense-claims") return onPost(await request.json());
    if (url.pathname === "/api/v1/trips") return json({ items: [trip()] });
    if (url.pathname === "/api/v1/installers") return json({ items: [installerProfile({ id: INSTALLER_ID })] });
    return json({ items: [] });
  };
}

/** Types the text into the field as a paste (antd re-renders the form per keystroke, slow in jsdom). */
async function fill(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}

const installer = me({ userId: INSTALLER_ID, username: "li.installer", displayName: "李师傅", roles: ["installer"] });

describe("SubmitClaimForm", () => {
  it("shows the refusal of a receipt from another city next to its place, and nothing is saved", async () => {
    await i18n.changeLanguage("zh-CN");
    const onSubmitted = vi.fn();
    const { requests } = renderWithApi(
      <SubmitClaimForm tripId={TRIP_ID} onSubmitted={onSubmitted} />,
      claimsApi(() =>
        json(
          problem({
            status: 422,
            type: "https://aftercare.dev/problems/receipts-do-not-match-trip",
            title: "Receipts do not match the trip",
            errors: [{ field: "receipts[0].place", message: "is not the trip's destination 苏州" }],
          }),
          422,
        ),
      ),
      installer,
    );
    const receipt = await screen.findByRole("group", { name: "票据 1" });
    // The trip it was opened from is chosen.
    expect(screen.getByRole("form", { name: "提交报销单" })).toHaveTextContent(
      "TR-000001 苏州（2026-03-10 – 2026-03-12）",
    );
    await pickOption(within(receipt).getByRole("combobox", { name: "费用类别" }), "油费");
    await fill(within(receipt).getByLabelText("金额"), "86.50");
    await fill(within(receipt).getByLabelText("票据号码"), "F-001");
    await fill(within(receipt).getByLabelText("开票地点（城市）"), "无锡");
    // The line starts with the trip's first day and destination.
    expect(within(receipt).getByLabelText("票据日期")).toHaveValue("2026-03-10");
    await userEvent.click(screen.getByRole("button", { name: "提交报销单" }));

    const place = within(receipt).getByLabelText("开票地点（城市）");
    await waitFor(() => expect(place).toHaveAccessibleDescription("不是出差目的地 苏州 开具的票据"));
    expect(screen.getByRole("alert")).toHaveTextContent("报销单被拒，未保存");
    expect(onSubmitted).not.toHaveBeenCalled();
    const post = requests.find((request) => request.method === "POST")!;
    expect(await post.json()).toEqual({
      tripId: TRIP_ID,
      receipts: [{ category: "FUEL", amount: "86.50", date: "2026-03-10", place: "无锡", receiptNumber: "F-001" }],
    });
  });

  it("lets a manager claim on an installer's behalf and accept a receipt from elsewhere with a reason", async () => {
    await i18n.changeLanguage("zh-CN");
    const created = expenseClaim();
    const onSubmitted = vi.fn();
    const { requests } = renderWithApi(
      <SubmitClaimForm tripId={TRIP_ID} onSubmitted={onSubmitted} />,
      claimsApi(() => json(created, 201)),
      me({ roles: ["manager"] }),
    );
    await screen.findByRole("group", { name: "票据 1" });
    await userEvent.click(screen.getByRole("button", { name: "提交报销单" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "报销人" })).toHaveAccessibleDescription(/必填/));
    expect(requests.filter((request) => request.method === "POST")).toHaveLength(0);

    // The people of the trip are offered by name.
    await pickOption(screen.getByRole("combobox", { name: "报销人" }), "李师傅");
    const receipt = screen.getByRole("group", { name: "票据 1" });
    await pickOption(within(receipt).getByRole("combobox", { name: "费用类别" }), "过路费");
    await fill(within(receipt).getByLabelText("金额"), "35");
    await fill(within(receipt).getByLabelText("票据号码"), "T-9");
    await userEvent.click(within(receipt).getByRole("checkbox", { name: /仍予放行/ }));
    await fill(within(receipt).getByLabelText("放行理由"), "途经无锡高速");
    await userEvent.click(screen.getByRole("button", { name: "提交报销单" }));

    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith(created));
    const post = requests.find((request) => request.method === "POST")!;
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toMatchObject({
      personId: INSTALLER_ID,
      receipts: [{ category: "TOLL", amount: "35", override: { reason: "途经无锡高速" } }],
    });
  });
});
