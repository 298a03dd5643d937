import { describe, expect, it } from "vitest";
import { importJob } from "@/test/fixtures";
import { IMPORT_COLUMNS, MAX_FILE_BYTES, pollInterval, progressPercent, readCsv, templateCsv } from "./import-job";

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe("import progress", () => {
  it("is asked for every second while queued or running, and no more once done or failed", () => {
    expect(pollInterval(importJob({ status: "QUEUED" }))).toBe(1000);
    expect(pollInterval(importJob({ status: "RUNNING" }))).toBe(1000);
    expect(pollInterval(importJob({ status: "DONE" }))).toBe(false);
    expect(pollInterval(importJob({ status: "FAILED" }))).toBe(false);
    expect(pollInterval(undefined)).toBe(false);
  });

  it("is the share of processed rows, complete when done", () => {
    expect(progressPercent(importJob({ status: "QUEUED", totalRows: 50_000, processedRows: 0 }))).toBe(0);
    expect(progressPercent(importJob({ status: "RUNNING", totalRows: 50_000, processedRows: 12_500 }))).toBe(25);
    expect(progressPercent(importJob({ status: "RUNNING", totalRows: 3, processedRows: 2 }))).toBe(66);
    expect(progressPercent(importJob({ status: "DONE", totalRows: 0, processedRows: 0 }))).toBe(100);
    expect(progressPercent(importJob({ status: "FAILED", totalRows: 10, processedRows: 4 }))).toBe(40);
  });
});

describe("import file", () => {
  it("is read as UTF-8, with Excel's byte-order mark dropped", () => {
    expect(readCsv(bytes("\uFEFFname,phone\r\n王芳,138-1234-5678\r\n"))).toEqual({
      text: "name,phone\r\n王芳,138-1234-5678\r\n",
    });
  });

  it("is refused before upload when it is not UTF-8, empty or too large", () => {
    // "王芳" in GBK, what Excel's plain CSV writes on a Chinese Windows.
    const gbk = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xcd, 0xf5, 0xb7, 0xbc]).buffer;
    expect(readCsv(gbk)).toEqual({ problem: "encoding" });
    expect(readCsv(new ArrayBuffer(0))).toEqual({ problem: "empty" });
    expect(readCsv(new ArrayBuffer(MAX_FILE_BYTES + 1))).toEqual({ problem: "tooLarge" });
  });

  it("has a template with every column the contract names and a quoted example row", () => {
    const [header, example] = templateCsv("CUSTOMERS").replace("\uFEFF", "").split("\r\n");
    expect(header).toBe(IMPORT_COLUMNS.CUSTOMERS.map((column) => column.name).join(","));
    expect(header?.startsWith("name,phone,kind")).toBe(true);
    expect(example).toContain("王芳,138-1234-5678,个人");
    expect(IMPORT_COLUMNS.ASSETS.filter((column) => column.required).map((column) => column.name)).toEqual([
      "customer_phone",
      "product_code",
      "serial_number",
    ]);
  });
});
