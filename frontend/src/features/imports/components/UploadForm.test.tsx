import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import i18n from "@/i18n";
import { importJob } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { chooseRadio } from "@/test/select-option";
import { UploadForm } from "./UploadForm";

const CSV = "name,phone\n王芳,138-1234-5678\n";

describe("UploadForm", () => {
  it("shows the expected columns and sends the file as text/csv to the chosen kind's endpoint", async () => {
    await i18n.changeLanguage("zh-CN");
    const onUploaded = vi.fn();
    const job = importJob({ kind: "ASSETS" });
    const { requests } = renderWithApi(<UploadForm onUploaded={onUploaded} />, () => json(job, 202));
    expect(screen.getByRole("table", { name: "客户文件的列" })).toHaveTextContent("phone");
    await chooseRadio(screen.getByRole("radio", { name: "设备" }));
    const columns = screen.getByRole("table", { name: "设备文件的列" });
    expect(columns).toHaveTextContent("customer_phone");
    expect(columns).toHaveTextContent("serial_number");

    await userEvent.upload(screen.getByLabelText("CSV 文件"), new File([CSV], "assets.csv", { type: "text/csv" }));
    await userEvent.click(screen.getByRole("button", { name: "上传并导入" }));

    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(job));
    const upload = requests.find((request) => request.method === "POST")!;
    expect(new URL(upload.url).pathname).toBe("/api/v1/imports/assets");
    expect(upload.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(upload.headers.get("Idempotency-Key")).toBeTruthy();
    expect(await upload.text()).toBe(CSV);
  });

  it("refuses a file that is not UTF-8 before sending it", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<UploadForm onUploaded={() => {}} />, () => json({}, 500));
    const gbk = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xcd, 0xf5, 0xb7, 0xbc]);
    await userEvent.upload(screen.getByLabelText("CSV 文件"), new File([gbk], "customers.csv", { type: "text/csv" }));
    await userEvent.click(screen.getByRole("button", { name: "上传并导入" }));
    expect(await screen.findByText(/文件不是 UTF-8 编码/)).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});

describe("UploadForm and the server", () => {
  it("shows the server's objection to the header row at the file", async () => {
    await i18n.changeLanguage("zh-CN");
    renderWithApi(<UploadForm onUploaded={() => {}} />, () =>
      json(
        {
          type: "https://aftercare.dev/problems/validation",
          title: "Invalid request",
          status: 400,
          detail: "The header row of the file is not one this import reads.",
          errorId: "16c420c3-bc20-4dd1-aaa8-c7ee4c5abe1a",
          errors: [{ field: "header", message: "unknown column 'foo'" }],
        },
        400,
      ),
    );
    await userEvent.upload(
      screen.getByLabelText("CSV 文件"),
      new File(["name,phone,foo\n"], "c.csv", { type: "text/csv" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "上传并导入" }));
    // The English reason stands in the details; the file says in the person's language that it is refused.
    expect(await screen.findByText(/unknown column 'foo'/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText("CSV 文件")).toHaveAccessibleDescription(/此项填写有误/));
  });
});
