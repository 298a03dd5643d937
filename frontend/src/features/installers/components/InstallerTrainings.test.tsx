import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { installer, me } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { InstallerTrainings } from "./InstallerTrainings";

const ZHANG = installer({ id: "0193a5c8-0000-7000-8000-0000000a0002", displayName: "张师傅" });

describe("installer trainings", { timeout: 60_000 }, () => {
  it("lists the installer's trainings and records another", async () => {
    await i18n.changeLanguage("zh-CN");
    let trainings: Schema<"InstallerTraining">[] = [
      {
        id: "0193a5c8-0000-7000-8000-0000000f0001",
        course: "岗前安全培训",
        trainedOn: "2026-03-02",
        createdAt: "2026-03-02T09:00:00+08:00",
        createdBy: "wang.manager",
      },
    ];
    const sent: unknown[] = [];
    renderWithApi(
      <InstallerTrainings installer={ZHANG} />,
      async (request) => {
        if (request.method === "POST") {
          const body = (await request.json()) as { course: string; trainedOn: string };
          sent.push(body);
          const created = {
            id: "0193a5c8-0000-7000-8000-0000000f0002",
            ...body,
            createdAt: "2026-12-07T09:00:00+08:00",
            createdBy: "wang.manager",
          };
          trainings = [...trainings, created];
          return json(created, 201);
        }
        return json({ items: trainings });
      },
      me({ roles: ["manager"] }),
    );
    const table = await screen.findByRole("table", { name: "张师傅的培训记录" });
    expect(await within(table).findByText("岗前安全培训")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "登记培训" });
    await userEvent.type(within(form).getByRole("textbox", { name: "培训课程" }), "报装施工安全培训");
    await userEvent.click(within(form).getByRole("button", { name: "登记培训" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ course: "报装施工安全培训" });
    expect((sent[0] as { trainedOn: string }).trainedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await within(table).findByText("报装施工安全培训")).toBeInTheDocument();
  });
});
