import { describe, expect, it } from "vitest";
import {
  emptyCreateComplaintForm,
  nextSteps,
  toClosing,
  toCreateComplaint,
  toStep,
  validateClosing,
  validateCreateComplaint,
  validateStep,
} from "./complaint-form";
import { complaintFilterOf } from "./complaint-list";

const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";
const LI = "0193a5c8-0000-7000-8000-0000000a0001";

describe("recording a complaint", () => {
  it("needs a category, what was said, and the order or the installer it is about", () => {
    expect(validateCreateComplaint(emptyCreateComplaintForm())).toEqual({
      category: "required",
      installerId: "aboutRequired",
      description: "required",
    });
    const byInstaller = {
      ...emptyCreateComplaintForm(),
      category: "ATTITUDE" as const,
      installerId: LI,
      description: " 态度差 ",
    };
    expect(validateCreateComplaint(byInstaller)).toEqual({});
    expect(toCreateComplaint(byInstaller)).toEqual({
      channel: "PHONE",
      category: "ATTITUDE",
      installerId: LI,
      description: "态度差",
    });
  });

  it("takes a work order id copied from its page, and checks the complainant's phone", () => {
    const form = {
      ...emptyCreateComplaintForm({ channel: "LETTER" }),
      category: "NOT_SERVING_ON_TIME" as const,
      workOrderId: ` ${ORDER.toUpperCase()} `,
      complainantName: " 王芳 ",
      complainantPhone: "138 1234 5678",
      description: "约好上午没来",
    };
    expect(validateCreateComplaint(form)).toEqual({});
    expect(toCreateComplaint(form)).toEqual({
      channel: "LETTER",
      category: "NOT_SERVING_ON_TIME",
      workOrderId: ORDER,
      complainantName: "王芳",
      complainantPhone: "138 1234 5678",
      description: "约好上午没来",
    });
    expect(validateCreateComplaint({ ...form, workOrderId: "WO-000042", complainantPhone: "12" })).toEqual({
      workOrderId: "uuid",
      complainantPhone: "phone",
    });
  });
});

describe("handling a complaint", () => {
  it("lets the office start the investigation and only a manager verify, reject and close", () => {
    expect(nextSteps({ status: "OPEN" }, false)).toEqual(["investigation"]);
    expect(nextSteps({ status: "OPEN" }, true)).toEqual(["investigation", "verification", "rejection"]);
    expect(nextSteps({ status: "INVESTIGATING" }, false)).toEqual([]);
    expect(nextSteps({ status: "INVESTIGATING" }, true)).toEqual(["verification", "rejection"]);
    expect(nextSteps({ status: "VERIFIED" }, true)).toEqual(["closing"]);
    expect(nextSteps({ status: "REJECTED" }, true)).toEqual(["closing"]);
    expect(nextSteps({ status: "CLOSED" }, true)).toEqual([]);
  });

  it("needs a reason to reject, and sends only what was written", () => {
    expect(validateStep("rejection", { note: " ", customerAnswer: "" })).toEqual({ note: "required" });
    expect(validateStep("verification", { note: "", customerAnswer: "" })).toEqual({});
    expect(toStep({ note: " 属实 ", customerAnswer: "" }, 3)).toEqual({ version: 3, note: "属实" });
    expect(toStep({ note: "", customerAnswer: " 已致电道歉 " }, 3)).toEqual({
      version: 3,
      customerAnswer: "已致电道歉",
    });
  });

  it("closes with the remedial action and an answer to the customer unless one was given before", () => {
    const form = { remedialAction: "", customerAnswer: "" };
    expect(validateClosing(form, {})).toEqual({ remedialAction: "required", customerAnswer: "required" });
    expect(validateClosing({ ...form, remedialAction: "培训" }, { customerAnswer: "已答复" })).toEqual({});
    expect(toClosing({ remedialAction: " 师傅停岗培训 ", customerAnswer: "" }, 5)).toEqual({
      version: 5,
      remedialAction: "师傅停岗培训",
    });
  });

  it("reads the list's filter from the URL", () => {
    expect(complaintFilterOf(new URLSearchParams())).toEqual({
      status: undefined,
      category: undefined,
      promiseStatus: undefined,
    });
    expect(
      complaintFilterOf(new URLSearchParams("status=VERIFIED&category=REWORK&promiseStatus=BREACHED&x=1")),
    ).toEqual({
      status: "VERIFIED",
      category: "REWORK",
      promiseStatus: "BREACHED",
    });
    expect(complaintFilterOf(new URLSearchParams("status=nope")).status).toBeUndefined();
  });
});
