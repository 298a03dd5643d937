import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DesignSystem } from "@/app/design/DesignSystem";
import i18n from "@/i18n";
import { ApiError } from "@/lib/api/problem";
import { defaultCalendar, problem } from "@/test/fixtures";
import { CalendarForm } from "./CalendarForm";

function renderForm(error: unknown = null) {
  const onSave = vi.fn();
  render(
    <DesignSystem>
      <CalendarForm
        calendar={defaultCalendar(2)}
        saving={false}
        saved={false}
        error={error}
        onSave={onSave}
        onReload={() => {}}
      />
    </DesignSystem>,
  );
  return onSave;
}

// antd renders slowly in jsdom on a busy machine.
describe("CalendarForm", { timeout: 120_000 }, () => {
  it("adds a make-up working day and saves weekdays, holidays and make-up days with the version", async () => {
    await i18n.changeLanguage("zh-CN");
    const onSave = renderForm();
    await userEvent.click(screen.getByRole("checkbox", { name: "周六" }));
    await userEvent.click(screen.getByRole("button", { name: /添加调休工作日$/ }));
    await userEvent.type(screen.getByLabelText("调休工作日第 2 行 日期"), "2026-10-10");
    await userEvent.type(screen.getByLabelText("调休工作日第 2 行 名称"), "国庆调休");
    await userEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(onSave).toHaveBeenCalledWith({
      version: 2,
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"],
      holidays: [
        { date: "2026-10-01", name: "国庆节" },
        { date: "2026-10-02", name: "国庆节" },
      ],
      makeUpWorkingDays: [
        { date: "2026-09-27", name: "国庆调休" },
        { date: "2026-10-10", name: "国庆调休" },
      ],
    });
  });

  it("shows a server error like holidays[1].date at that row's date", async () => {
    await i18n.changeLanguage("en");
    renderForm(
      new ApiError(400, problem({ status: 400, errors: [{ field: "holidays[1].date", message: "duplicate date" }] })),
    );
    const date = screen.getByLabelText("Public holidays row 2 Date");
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription("duplicate date");
    expect(screen.getByLabelText("Public holidays row 1 Date")).not.toHaveAttribute("aria-invalid");
  });

  it("does not save without any working weekday", async () => {
    await i18n.changeLanguage("en");
    const onSave = renderForm();
    for (const day of ["Mon", "Tue", "Wed", "Thu", "Fri"]) {
      await userEvent.click(screen.getByRole("checkbox", { name: day }));
    }
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("Choose at least one working day")).toBeInTheDocument();
  });
});
