import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps } from "react";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { defaultSettings, problem } from "@/test/fixtures";
import { renderWithApi } from "@/test/render";
import { chooseOption } from "@/test/select-option";
import type { TenantSettings } from "../model/settings-form";
import { SettingsForm } from "./SettingsForm";

function renderForm(props: Partial<ComponentProps<typeof SettingsForm>> = {}) {
  const onSave = vi.fn(async (body: TenantSettings) => ({ ...body, version: body.version + 1 }));
  const onReload = vi.fn();
  renderWithApi(
    <SettingsForm settings={defaultSettings(4)} saved={false} onSave={onSave} onReload={onReload} {...props} />,
    () => new Response(null, { status: 404 }),
  );
  return { onSave, onReload };
}

const refusal = (status: number, body: Parameters<typeof problem>[0]) => new ApiError(status, problem(body));

// antd renders slowly in jsdom on a busy machine.
describe("SettingsForm", { timeout: 120_000 }, () => {
  it("edits a value and saves the whole settings with their version", async () => {
    await i18n.changeLanguage("zh-CN");
    const { onSave } = renderForm();
    const grace = screen.getByLabelText("迟到宽限");
    await userEvent.clear(grace);
    await userEvent.type(grace, "25");
    await chooseOption(screen.getByLabelText("首次返修的处理"), "记过");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const body = onSave.mock.calls[0]![0];
    expect(body.version).toBe(4);
    expect(body.dispatch.lateGraceMinutes).toBe(25);
    expect(body.discipline.firstReworkConsequence).toBe("DEMERIT");
    expect(body.discipline.lateArrivalFine).toBe("50.00");
    expect(body.phoneDuty).toEqual({ start: "08:00", end: "22:00" });
    expect(body.mapUrlTemplate).toBe("https://uri.amap.com/search?keyword={address}");
  });

  it("does not save invalid values and says why at the field", async () => {
    await i18n.changeLanguage("zh-CN");
    const { onSave } = renderForm();
    const fine = screen.getByLabelText("迟到罚款");
    await userEvent.clear(fine);
    const grace = screen.getByLabelText("迟到宽限");
    await userEvent.clear(grace);
    await userEvent.type(grace, "999");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(fine).toHaveAttribute("aria-invalid", "true"));
    expect(fine).toHaveAccessibleDescription(expect.stringContaining("必填"));
    expect(grace).toHaveAccessibleDescription(expect.stringContaining("240"));
    expect(onSave).not.toHaveBeenCalled();
  });

  it("shows the server's field error next to the field it names", async () => {
    await i18n.changeLanguage("en");
    const { onSave } = renderForm();
    onSave.mockRejectedValueOnce(
      refusal(400, {
        status: 400,
        errors: [{ field: "discipline.lateArrivalFine", message: "must not exceed 10000.00" }],
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    const fine = screen.getByLabelText("Late arrival fine");
    await waitFor(() => expect(fine).toHaveAttribute("aria-invalid", "true"));
    expect(fine).toHaveAccessibleDescription(expect.stringContaining("must not exceed 10000.00"));
    expect(screen.getByRole("alert")).toHaveTextContent("correct the marked fields");
  });

  it("offers a reload after a stale-version conflict", async () => {
    await i18n.changeLanguage("en");
    const { onSave, onReload } = renderForm();
    onSave.mockRejectedValueOnce(
      refusal(409, { status: 409, type: "https://aftercare.dev/problems/stale-version", title: "Conflict" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed this data");
    await userEvent.click(within(alert).getByRole("button", { name: "Reload" }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it("shows the tenant currency and units beside the inputs", async () => {
    await i18n.changeLanguage("zh-CN");
    renderForm();
    expect(screen.getByLabelText("迟到宽限")).toHaveAccessibleDescription("分钟");
    expect(screen.getByLabelText("迟到罚款")).toHaveAccessibleDescription("CNY");
  });

  it("fills the map link template from an example and says when the settings are saved", async () => {
    await i18n.changeLanguage("zh-CN");
    const { onSave } = renderForm({ saved: true });
    expect(screen.getByRole("status")).toHaveTextContent("已保存（版本 4）");
    await userEvent.click(screen.getByRole("button", { name: "OpenStreetMap" }));
    expect(screen.getByLabelText("地图链接模板")).toHaveValue("https://www.openstreetmap.org/search?query={address}");
    // An edit since the save: no longer "saved".
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0].mapUrlTemplate).toBe("https://www.openstreetmap.org/search?query={address}");
  });
});
