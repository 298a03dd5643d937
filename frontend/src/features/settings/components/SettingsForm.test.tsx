import { render, screen, within } from "@testing-library/react";
import type { ComponentProps } from "react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { defaultSettings, problem } from "@/test/fixtures";
import { SettingsForm } from "./SettingsForm";

function renderForm(props: Partial<ComponentProps<typeof SettingsForm>> = {}) {
  const onSave = vi.fn();
  const onReload = vi.fn();
  render(
    <SettingsForm
      settings={defaultSettings(4)}
      saving={false}
      saved={false}
      error={null}
      onSave={onSave}
      onReload={onReload}
      {...props}
    />,
  );
  return { onSave, onReload };
}

describe("SettingsForm", () => {
  it("edits a value and saves the whole settings with their version", async () => {
    await i18n.changeLanguage("zh-CN");
    const { onSave } = renderForm();
    const grace = screen.getByLabelText("迟到宽限");
    await userEvent.clear(grace);
    await userEvent.type(grace, "25");
    await userEvent.selectOptions(screen.getByLabelText("首次返修的处理"), "记过");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(onSave).toHaveBeenCalledOnce();
    const body = onSave.mock.calls[0]![0];
    expect(body.version).toBe(4);
    expect(body.dispatch.lateGraceMinutes).toBe(25);
    expect(body.discipline.firstReworkConsequence).toBe("DEMERIT");
  });

  it("does not save invalid values and says why at the field", async () => {
    await i18n.changeLanguage("zh-CN");
    const { onSave } = renderForm();
    const fine = screen.getByLabelText("迟到罚款");
    await userEvent.clear(fine);
    await userEvent.type(fine, "abc");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(fine).toHaveAttribute("aria-invalid", "true");
    expect(fine).toHaveAccessibleDescription(expect.stringContaining("请输入金额"));
  });

  it("shows the server's field error next to the field it names", async () => {
    await i18n.changeLanguage("en");
    const error = new ApiError(
      400,
      problem({ status: 400, errors: [{ field: "discipline.lateArrivalFine", message: "must not exceed 10000.00" }] }),
    );
    renderForm({ error });
    const fine = screen.getByLabelText("Late arrival fine");
    expect(fine).toHaveAttribute("aria-invalid", "true");
    expect(fine).toHaveAccessibleDescription(expect.stringContaining("must not exceed 10000.00"));
    expect(screen.getByRole("alert")).toHaveTextContent("correct the marked fields");
  });

  it("offers a reload after a stale-version conflict", async () => {
    await i18n.changeLanguage("en");
    const error = new ApiError(
      409,
      problem({ status: 409, type: "https://aftercare.dev/problems/stale-version", title: "Conflict" }),
    );
    const { onReload } = renderForm({ error });
    const alert = screen.getByRole("alert");
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
});
