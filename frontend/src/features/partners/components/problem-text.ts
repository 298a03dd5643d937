import type { TFunction } from "i18next";
import type { FieldErrors } from "@/lib/api/problem";
import type { PartnerProblem, Problems } from "../model/partner-form";

/** The message at a field: the form's own check first, then the server's. */
export function messageAt(t: TFunction, problems: Problems, server: FieldErrors, path: string): string | undefined {
  const problem: PartnerProblem | undefined = problems[path];
  if (problem === "required") return t("validation.required");
  if (problem) return t(`partners.problems.${problem}`);
  return server[path];
}
