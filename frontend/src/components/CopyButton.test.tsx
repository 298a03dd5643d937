import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { CopyButton } from "./CopyButton";

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
}

afterEach(() => setClipboard(undefined));

describe("CopyButton", () => {
  it("copies the text and says so", async () => {
    await i18n.changeLanguage("zh-CN");
    const writeText = vi.fn(async () => {});
    setClipboard({ writeText });
    render(<CopyButton text="s3cr3t" what="客户端密钥" />);
    fireEvent.click(screen.getByRole("button", { name: "复制客户端密钥" }));
    expect(await screen.findByText("已复制")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith("s3cr3t");
  });

  it("asks to copy by hand where the browser offers no clipboard (plain http)", async () => {
    await i18n.changeLanguage("en");
    setClipboard(undefined);
    render(<CopyButton text="s3cr3t" what="Client secret" />);
    fireEvent.click(screen.getByRole("button", { name: "Copy Client secret" }));
    expect(await screen.findByText(/copy it by hand/)).toBeInTheDocument();
  });
});
