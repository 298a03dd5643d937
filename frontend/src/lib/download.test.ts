import { describe, expect, it } from "vitest";
import { fileNameOf } from "./download";

function answer(disposition?: string): Response {
  return new Response("%PDF-1.7", { headers: disposition ? { "Content-Disposition": disposition } : {} });
}

describe("the name a download is saved under", () => {
  it("is the server's plain file name", () => {
    expect(fileNameOf(answer('attachment; filename="service-report-WO-000057.pdf"'), "x.pdf")).toBe(
      "service-report-WO-000057.pdf",
    );
    expect(fileNameOf(answer("attachment; filename=payroll-2026-03.xlsx"), "x.xlsx")).toBe("payroll-2026-03.xlsx");
  });

  it("prefers the UTF-8 name over its ASCII stand-in, as RFC 6266 says", () => {
    const header = "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E6%8A%A5%E5%91%8A.pdf";
    expect(fileNameOf(answer(header), "x.pdf")).toBe("服务报告.pdf");
  });

  it("falls back to the page's own name when the server gave none or it cannot be read", () => {
    expect(fileNameOf(answer(), "service-report-WO-000057.pdf")).toBe("service-report-WO-000057.pdf");
    expect(fileNameOf(answer("attachment"), "fallback.pdf")).toBe("fallback.pdf");
    expect(fileNameOf(answer("attachment; filename*=UTF-8''%E6%9C.pdf; filename=\"plain.pdf\""), "x.pdf")).toBe(
      "plain.pdf",
    );
  });
});
