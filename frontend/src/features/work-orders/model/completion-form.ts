import { isBlank } from "@/lib/validation";
import type { CompleteRequest, SafetyChecklist, WorkOrder } from "../api/work-orders";
import { applicableChecks, type RequiredCheck } from "./checklist";

export interface PartRow {
  name: string;
  quantity: string;
}

/** The on-site completion: safety checklist and service report (用户服务报告书). */
export interface CompletionForm {
  checks: Partial<Record<RequiredCheck, boolean>>;
  hazardsFound: boolean | null;
  hazardsReportedToCustomer: boolean;
  faultCause: string;
  solution: string;
  parts: PartRow[];
  customerOpinion: string;
  productSuggestions: string;
  paymentCollected: string;
}

export function emptyCompletionForm(): CompletionForm {
  return {
    checks: {},
    hazardsFound: null,
    hazardsReportedToCustomer: false,
    faultCause: "",
    solution: "",
    parts: [],
    customerOpinion: "",
    productSuggestions: "",
    paymentCollected: "",
  };
}

export type CompletionProblem = "checkRequired" | "answerRequired" | "required" | "quantity" | "money";

const QUANTITY = /^\d{1,6}$/;
const MONEY = /^\d{1,9}(\.\d{1,2})?$/;

/**
 * Problems keyed by the request's JSON path ("checklist.powerOffBeforeWork", "report.partsReplaced[0].name"),
 * the same keys the server's 422 uses, so both appear at the same control.
 */
export function validateCompletion(
  form: CompletionForm,
  order: Pick<WorkOrder, "type" | "tasks" | "fee">,
  checks: readonly RequiredCheck[] = applicableChecks(order),
) {
  const problems: Record<string, CompletionProblem> = {};
  for (const check of checks) {
    if (!form.checks[check]) problems[`checklist.${check}`] = "checkRequired";
  }
  if (form.hazardsFound === null) problems["checklist.hazardsFound"] = "answerRequired";
  else if (form.hazardsFound && !form.hazardsReportedToCustomer)
    problems["checklist.hazardsReportedToCustomer"] = "checkRequired";
  if (isBlank(form.faultCause)) problems["report.faultCause"] = "required";
  if (isBlank(form.solution)) problems["report.solution"] = "required";
  form.parts.forEach((part, index) => {
    if (isBlank(part.name)) problems[`report.partsReplaced[${index}].name`] = "required";
    const quantity = Number(part.quantity.trim());
    if (!QUANTITY.test(part.quantity.trim()) || quantity < 1 || quantity > 100_000) {
      problems[`report.partsReplaced[${index}].quantity`] = "quantity";
    }
  });
  if (isBlank(form.customerOpinion)) problems["report.customerOpinion"] = "required";
  if (order.fee && !isBlank(form.paymentCollected) && !MONEY.test(form.paymentCollected.trim())) {
    problems.paymentCollected = "money";
  }
  return problems;
}

/** The request body of POST …/complete; only the checks that apply are sent (the server's list of the job, else the rules). */
export function toCompleteRequest(
  form: CompletionForm,
  order: Pick<WorkOrder, "type" | "tasks" | "fee" | "version">,
  checks: readonly RequiredCheck[] = applicableChecks(order),
): CompleteRequest {
  const checklist: SafetyChecklist = {};
  for (const check of checks) checklist[check] = form.checks[check] === true;
  checklist.hazardsFound = form.hazardsFound === true;
  if (form.hazardsFound) checklist.hazardsReportedToCustomer = form.hazardsReportedToCustomer;
  const request: CompleteRequest = {
    version: order.version,
    checklist,
    report: {
      faultCause: form.faultCause.trim(),
      solution: form.solution.trim(),
      partsReplaced: form.parts.map((part) => ({ name: part.name.trim(), quantity: Number(part.quantity.trim()) })),
      customerOpinion: form.customerOpinion.trim(),
      ...(isBlank(form.productSuggestions) ? {} : { productSuggestions: form.productSuggestions.trim() }),
    },
  };
  if (order.fee && !isBlank(form.paymentCollected)) request.paymentCollected = form.paymentCollected.trim();
  return request;
}
