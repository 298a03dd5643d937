import { describe, expect, it } from "vitest";
import {
  emptyCreateObjectionForm,
  emptyResolutionForm,
  nextSteps,
  toCommitment,
  toCreateObjection,
  toResolution,
  validateCommitment,
  validateCreateObjection,
  validateResolution,
} from "./objection-form";
import { objectionFilterOf } from "./objection-list";

const WANG = "0193a5c8-0000-7000-8000-0000000c0001";
const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";

describe("recording an objection", () => {
  it("needs the customer and what they say; the work order is optional", () => {
    expect(validateCreateObjection(emptyCreateObjectionForm())).toEqual({
      customerId: "required",
      description: "required",
    });
    const form = { customerId: WANG, workOrderId: "", description: " 外机噪音大 " };
    expect(validateCreateObjection(form)).toEqual({});
    expect(toCreateObjection(form)).toEqual({ customerId: WANG, description: "外机噪音大" });
  });

  it("accepts a work order id copied from the order's page and refuses anything else", () => {
    const form = { customerId: WANG, workOrderId: ` ${ORDER.toUpperCase()} `, description: "x" };
    expect(validateCreateObjection(form)).toEqual({});
    expect(toCreateObjection(form).workOrderId).toBe(ORDER);
    expect(validateCreateObjection({ ...form, workOrderId: "WO-000042" })).toEqual({ workOrderId: "uuid" });
  });
});

describe("handling an objection", () => {
  it("needs the commitment's text", () => {
    expect(validateCommitment("  ")).toEqual({ commitment: "required" });
    expect(toCommitment(" 明天上午派师傅重新安装 ", 4)).toEqual({ version: 4, commitment: "明天上午派师傅重新安装" });
  });

  it("needs the resolution and how the customer was told", () => {
    expect(validateResolution(emptyResolutionForm())).toEqual({
      resolution: "required",
      customerInformedVia: "required",
    });
    const form = { resolution: "已重新安装外机减震垫", customerInformedVia: "PHONE" as const };
    expect(validateResolution(form)).toEqual({});
    expect(toResolution(form, 5)).toEqual({
      version: 5,
      resolution: "已重新安装外机减震垫",
      customerInformedVia: "PHONE",
    });
  });

  it("offers a commitment while open and a resolution until resolved", () => {
    expect(nextSteps({ status: "OPEN" })).toEqual(["commitment", "resolution"]);
    expect(nextSteps({ status: "COMMITTED" })).toEqual(["resolution"]);
    expect(nextSteps({ status: "RESOLVED" })).toEqual([]);
  });

  it("lists those awaiting a commitment unless the URL asks for others", () => {
    expect(objectionFilterOf(new URLSearchParams())).toEqual({
      status: "OPEN",
      source: undefined,
      promiseStatus: undefined,
      escalated: undefined,
    });
    expect(
      objectionFilterOf(new URLSearchParams("status=all&escalated=true&source=FOLLOW_UP&promiseStatus=BREACHED")),
    ).toEqual({
      status: undefined,
      source: "FOLLOW_UP",
      promiseStatus: "BREACHED",
      escalated: true,
    });
  });
});
