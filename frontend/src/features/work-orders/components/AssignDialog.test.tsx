import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { certification, installer, me, problem, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { AssignDialog } from "./AssignDialog";

const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const WANG = "0193a5c8-0000-7000-8000-0000000a0002";
const ZHAO = "0193a5c8-0000-7000-8000-0000000a0003";

const order = workOrder({
  requiredQualifications: ["ELECTRICIAN"],
  appointment: { start: "2026-03-05T09:00:00+08:00", end: "2026-03-05T11:00:00+08:00" },
  version: 4,
});
const valid = certification({ type: "ELECTRICIAN", validFrom: "2024-01-01", validTo: "2028-12-31" });
const installers = [
  installer({ id: LI, displayName: "李师傅", certifications: [certification({ validFrom: "2020-01-01", validTo: "2024-12-31" })] }),
  installer({ id: WANG, displayName: "王师傅", username: "wang", certifications: [valid] }),
  installer({ id: ZHAO, displayName: "赵师傅", username: "zhao", certifications: [valid] }),
];
const busy = workOrder({
  id: "0193a5c8-0000-7000-8000-0000000b0007",
  number: "WO-000007",
  status: "CUSTOMER_CONTACTED",
  leadInstallerId: ZHAO,
  appointment: { start: "2026-03-05T10:00:00+08:00", end: "2026-03-05T12:00:00+08:00" },
});

function assignApi() {
  return async (request: Request) => {
    const body = (await request.json()) as { leadInstallerId: string };
    if (body.leadInstallerId === LI) {
      return json(
        problem({
          status: 409,
          type: "https://aftercare.dev/problems/installer-not-dispatchable",
          title: "Installer cannot take this job",
          detail: "Work order WO-000042 cannot be assigned.",
          errors: [
            {
              field: "leadInstallerId",
              message: `${LI} holds no ELECTRICIAN certificate valid on 2026-03-05 (latest valid until 2024-12-31)`,
            },
          ],
        }),
        409,
      );
    }
    return json(workOrder({ ...order, status: "ASSIGNED", leadInstallerId: body.leadInstallerId, version: 5 }));
  };
}

describe("AssignDialog", () => {
  it("warns per installer before assigning: expired certificate on the appointment day, overlapping job", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<AssignDialog order={order} installers={installers} orders={[busy]} onClose={() => {}} />, assignApi());
    const dialog = screen.getByRole("dialog", { name: "派工：WO-000042" });
    expect(dialog).toHaveTextContent("预约 2026-03-05 09:00–11:00，所需资质：电工证");
    expect(within(screen.getByRole("row", { name: /李师傅/ })).getByRole("list", { name: "李师傅 的派工提醒" })).toHaveTextContent(
      "电工证已于 2024-12-31 过期",
    );
    expect(screen.getByRole("row", { name: /赵师傅/ })).toHaveTextContent("同一时间已有工单 WO-000007");
    expect(screen.getByRole("row", { name: /王师傅/ })).toHaveTextContent("可派工");
    // Installers who can take the job come first.
    expect(screen.getAllByRole("row").slice(1).map((row) => within(row).getByText(/师傅/).textContent)).toEqual([
      "王师傅",
      "李师傅",
      "赵师傅",
    ]);
  });

  it("shows the server's refusal at the installer, then assigns a qualified one", async () => {
    await i18n.changeLanguage("zh-CN");
    const onClose = vi.fn();
    const { requests } = renderWithApi(
      <AssignDialog order={order} installers={installers} orders={[busy]} onClose={onClose} />,
      assignApi(),
    );

    await userEvent.click(screen.getByRole("radio", { name: "李师傅 任负责人" }));
    await userEvent.click(screen.getByRole("button", { name: "确认派工" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("服务器拒绝了此次派工");
    expect(screen.getByRole("row", { name: /李师傅/ })).toHaveTextContent(
      "服务器拒绝：holds no ELECTRICIAN certificate valid on 2026-03-05 (latest valid until 2024-12-31)",
    );
    expect(onClose).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("radio", { name: "王师傅 任负责人" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "赵师傅 协助" }));
    await userEvent.click(screen.getByRole("button", { name: "确认派工" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await requests.at(-1)!.json()).toEqual({ version: 4, leadInstallerId: WANG, helperIds: [ZHAO] });
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/api/v1/work-orders/${order.id}/assign`);
  });

  it("asks for a lead installer before sending anything", async () => {
    await i18n.changeLanguage("en");
    const { requests } = renderWithApi(
      <AssignDialog order={order} installers={installers} orders={[]} onClose={() => {}} />,
      assignApi(),
      me({ roles: ["dispatcher"] }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Assign" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a lead installer");
    expect(requests).toEqual([]);
  });
});
