import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { me, problem, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { AssignDialog } from "./AssignDialog";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const WANG = "0193a5c8-0000-7000-8000-0000000a0002";
const ZHAO = "0193a5c8-0000-7000-8000-0000000a0003";
const SUN = "0193a5c8-0000-7000-8000-0000000a0004";

const order = workOrder({
  requiredQualifications: ["ELECTRICIAN"],
  appointment: { start: "2026-12-08T09:00:00+08:00", end: "2026-12-08T11:00:00+08:00" },
  version: 4,
});

// As the server answers GET …/candidates: eligible installers first, then by name.
const candidates: Schema<"AssignCandidates"> = {
  day: "2026-12-08",
  items: [
    { installerId: WANG, displayName: "王师傅", eligible: true, reasons: [], jobsThatDay: 2, distanceKm: 3.4 },
    { installerId: ZHAO, displayName: "赵师傅", eligible: true, reasons: [], jobsThatDay: 0 },
    {
      installerId: LI,
      displayName: "李师傅",
      eligible: false,
      reasons: [{ code: "no-certificate", qualification: "ELECTRICIAN" }],
      jobsThatDay: 1,
    },
    {
      installerId: SUN,
      displayName: "孙师傅",
      eligible: false,
      reasons: [
        { code: "on-leave", date: "2026-12-08" },
        { code: "overlap", orderNumbers: ["WO-000007"] },
      ],
      jobsThatDay: 1,
    },
  ],
};

function assignApi(refuseLead?: string) {
  return async (request: Request) => {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith("/candidates")) return json(candidates);
    const body = (await request.json()) as { leadInstallerId: string };
    if (body.leadInstallerId === refuseLead) {
      return json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/installer-not-dispatchable",
          title: "Installer cannot take this job",
          detail: "Work order WO-000042 cannot be assigned.",
          errors: [{ field: "leadInstallerId", message: `${refuseLead} is on leave on 2026-12-08` }],
        }),
        409,
      );
    }
    return json(workOrder({ ...order, status: "ASSIGNED", leadInstallerId: body.leadInstallerId, version: 5 }));
  };
}

describe("AssignDialog", () => {
  it("shows each installer's eligibility from the server, with reasons in words, and disables the ineligible", async () => {
    await i18n.changeLanguage("en");
    const { requests } = renderWithApi(<AssignDialog order={order} onClose={() => {}} />, assignApi());
    const dialog = await screen.findByRole("dialog", { name: "Assign WO-000042" });
    expect(new URL(requests[0]!.url).pathname).toBe(`/api/v1/work-orders/${order.id}/candidates`);

    const li = await within(dialog).findByRole("row", { name: /李师傅/ });
    expect(within(li).getByRole("list", { name: /李师傅/ })).toHaveTextContent(
      "no valid Electrician certificate on Tue, Dec 8",
    );
    expect(within(li).getByRole("radio", { name: "李师傅 as lead" })).toBeDisabled();
    expect(within(li).getByRole("checkbox", { name: "李师傅 as helper" })).toBeDisabled();
    expect(li).not.toHaveTextContent("no-certificate");

    const sun = within(dialog).getByRole("row", { name: /孙师傅/ });
    expect(sun).toHaveTextContent("on leave on Tue, Dec 8");
    expect(sun).toHaveTextContent("already on WO-000007 at that time");
    expect(within(sun).getByRole("radio", { name: "孙师傅 as lead" })).toBeDisabled();

    const wang = within(dialog).getByRole("row", { name: /王师傅/ });
    expect(wang).toHaveTextContent("2 other jobs that day");
    expect(wang).toHaveTextContent("about 3.4 km from the site");
    expect(within(wang).getByRole("radio", { name: "王师傅 as lead" })).toBeEnabled();
    expect(within(dialog).getByRole("row", { name: /赵师傅/ })).toHaveTextContent("No other jobs that day");
  });

  it("says the reasons in Chinese for a Chinese reader", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<AssignDialog order={order} onClose={() => {}} />, assignApi());
    const li = await screen.findByRole("row", { name: /李师傅/ });
    expect(li).toHaveTextContent("12月8日周二没有有效的电工证");
    expect(screen.getByRole("row", { name: /孙师傅/ })).toHaveTextContent("12月8日周二请假");
  });

  it("assigns a lead and helpers, and shows a refusal that raced the list at the installer", async () => {
    await i18n.changeLanguage("zh-CN");
    const onClose = vi.fn();
    const { requests } = renderWithApi(<AssignDialog order={order} onClose={onClose} />, assignApi(WANG));
    await screen.findByRole("row", { name: /王师傅/ });

    await userEvent.click(screen.getByRole("radio", { name: "王师傅 任负责人" }));
    await userEvent.click(screen.getByRole("button", { name: "确认派工" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("服务器拒绝了此次派工");
    expect(screen.getByRole("row", { name: /王师傅/ })).toHaveTextContent("服务器拒绝：is on leave on 2026-12-08");
    expect(onClose).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("radio", { name: "赵师傅 任负责人" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "王师傅 协助" }));
    await userEvent.click(screen.getByRole("button", { name: "确认派工" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = requests.filter((request) => request.method === "POST").at(-1)!;
    expect(await post.json()).toEqual({ version: 4, leadInstallerId: ZHAO, helperIds: [WANG] });
    expect(new URL(post.url).pathname).toBe(`/api/v1/work-orders/${order.id}/assign`);
  });

  it("asks for a lead installer before sending anything", async () => {
    await i18n.changeLanguage("en");
    const { requests } = renderWithApi(
      <AssignDialog order={order} onClose={() => {}} />,
      assignApi(),
      me({ roles: ["dispatcher"] }),
    );
    await screen.findByRole("row", { name: /王师傅/ });
    await userEvent.click(screen.getByRole("button", { name: "Assign" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a lead installer");
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);
  });
});
