import { describe, expect, it } from "vitest";
import { workOrder } from "@/test/fixtures";
import { applicableChecks, asksHazardsReported } from "./checklist";
import { emptyCompletionForm, toCompleteRequest, validateCompletion, type CompletionForm } from "./completion-form";

const tasks = (electricalWork: boolean, welding: boolean) => ({ electricalWork, welding, workAtHeight: false });

describe("safety checklist applicability", () => {
  it("asks power off and an electrical safety check for electrical work", () => {
    expect(applicableChecks({ type: "MAINTENANCE", tasks: tasks(true, false) })).toEqual([
      "powerOffBeforeWork",
      "electricalSafetyChecked",
    ]);
  });

  it("asks a flammable-gas check for welding", () => {
    expect(applicableChecks({ type: "INSPECTION", tasks: tasks(false, true) })).toEqual(["flammableGasChecked"]);
  });

  it("asks a trial run with leak check for installations and repairs only", () => {
    expect(applicableChecks({ type: "INSTALLATION", tasks: tasks(false, false) })).toEqual(["trialRunLeakChecked"]);
    expect(applicableChecks({ type: "REPAIR", tasks: tasks(false, false) })).toEqual(["trialRunLeakChecked"]);
    expect(applicableChecks({ type: "MAINTENANCE", tasks: tasks(false, false) })).toEqual([]);
    expect(applicableChecks({ type: "INSPECTION", tasks: tasks(false, false) })).toEqual([]);
  });

  it("combines the checks of all tasks", () => {
    expect(applicableChecks({ type: "REPAIR", tasks: tasks(true, true) })).toEqual([
      "powerOffBeforeWork",
      "electricalSafetyChecked",
      "flammableGasChecked",
      "trialRunLeakChecked",
    ]);
  });

  it("asks whether found hazards were reported only once hazards were found", () => {
    expect(asksHazardsReported(true)).toBe(true);
    expect(asksHazardsReported(false)).toBe(false);
    expect(asksHazardsReported(null)).toBe(false);
  });
});

describe("completion form", () => {
  const order = workOrder({ type: "INSTALLATION", tasks: tasks(true, false), version: 7 });
  const complete: CompletionForm = {
    ...emptyCompletionForm(),
    checks: { powerOffBeforeWork: true, electricalSafetyChecked: true, trialRunLeakChecked: true },
    hazardsFound: false,
    faultCause: " 新装 ",
    solution: "安装并调试",
    parts: [{ name: "铜管", quantity: "2" }],
    customerOpinion: "满意",
  };

  it("lists every missing check and report field under the request's paths", () => {
    expect(validateCompletion(emptyCompletionForm(), order)).toEqual({
      "checklist.powerOffBeforeWork": "checkRequired",
      "checklist.electricalSafetyChecked": "checkRequired",
      "checklist.trialRunLeakChecked": "checkRequired",
      "checklist.hazardsFound": "answerRequired",
      "report.faultCause": "required",
      "report.solution": "required",
      "report.customerOpinion": "required",
    });
  });

  it("needs found hazards reported and every part named with a quantity", () => {
    const problems = validateCompletion(
      { ...complete, hazardsFound: true, parts: [{ name: "", quantity: "0" }] },
      order,
    );
    expect(problems).toEqual({
      "checklist.hazardsReportedToCustomer": "checkRequired",
      "report.partsReplaced[0].name": "required",
      "report.partsReplaced[0].quantity": "quantity",
    });
  });

  it("sends the applicable checks, the report with parts as numbers, and an empty list for no parts", () => {
    expect(validateCompletion(complete, order)).toEqual({});
    expect(toCompleteRequest(complete, order)).toEqual({
      version: 7,
      checklist: {
        powerOffBeforeWork: true,
        electricalSafetyChecked: true,
        trialRunLeakChecked: true,
        hazardsFound: false,
      },
      report: {
        faultCause: "新装",
        solution: "安装并调试",
        partsReplaced: [{ name: "铜管", quantity: 2 }],
        customerOpinion: "满意",
      },
    });
    expect(toCompleteRequest({ ...complete, parts: [] }, order).report?.partsReplaced).toEqual([]);
  });
});
