import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { DetailLayout } from "./DetailLayout";

afterEach(() => vi.restoreAllMocks());

describe("DetailLayout", () => {
  it("offers printing on a printable record: the button prints the page and is itself left off the print", async () => {
    await i18n.changeLanguage("zh-CN");
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    render(<DetailLayout printable title="WO-000042" facts={[{ key: "a", label: "客户", children: "李雷" }]} />);
    const button = screen.getByRole("button", { name: /打印/ });
    expect(button.closest(".no-print")).not.toBeNull();
    await userEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("region", { name: "WO-000042" })).toHaveTextContent("李雷");
  });

  it("has no print button unless the record is printable", async () => {
    await i18n.changeLanguage("en");
    render(<DetailLayout title="Trip" facts={[]} />);
    expect(screen.queryByRole("button", { name: /print/i })).toBeNull();
  });
});
