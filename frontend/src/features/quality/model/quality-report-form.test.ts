import { describe, expect, it } from "vitest";
import type { FaultCategory } from "../api/quality";
import {
  categoriesFor,
  toCreateQualityReportRequest,
  validateQualityReportForm,
  type QualityReportForm,
} from "./quality-report-form";

const form = (overrides: Partial<QualityReportForm> = {}): QualityReportForm => ({
  kind: "PRODUCT_QUALITY",
  productId: "",
  assetId: "",
  workOrderId: "",
  faultCategory: "no-cooling",
  description: "压缩机启动后 10 分钟停机",
  occurredOn: "2026-12-05",
  ...overrides,
});

describe("a quality form", () => {
  it("needs the product unless the job's device names it", () => {
    expect(validateQualityReportForm(form())).toEqual({ productId: "product" });
    expect(validateQualityReportForm(form({ assetId: "a1" }))).toEqual({});
    expect(validateQualityReportForm(form({ productId: "p1", faultCategory: "", description: " " }))).toEqual({
      faultCategory: "required",
      description: "required",
    });
  });

  it("sends only what was given", () => {
    expect(toCreateQualityReportRequest(form({ assetId: "a1", workOrderId: "w1", description: " 漏水 " }))).toEqual({
      kind: "PRODUCT_QUALITY",
      faultCategory: "no-cooling",
      description: "漏水",
      assetId: "a1",
      workOrderId: "w1",
      occurredOn: "2026-12-05",
    });
  });

  it("offers the categories of the chosen product and those of every product", () => {
    const category = (code: string, productIds: string[]) => ({ code, productIds }) as unknown as FaultCategory;
    const all = [category("any", []), category("fridge", ["p1"]), category("gps", ["p2"])];
    expect(categoriesFor(all, "p1").map((c) => c.code)).toEqual(["any", "fridge"]);
    expect(categoriesFor(all, "").map((c) => c.code)).toEqual(["any", "fridge", "gps"]);
  });
});
