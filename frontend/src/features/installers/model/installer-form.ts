import { isBlank } from "@/lib/validation";
import type { CreateInstallerRequest } from "../api/installers";

export interface InstallerForm {
  staffUserId: string;
  phone: string;
  start: string;
  end: string;
  baseSalary: string;
  /** Skills separated by commas or 、. */
  skills: string;
}

export function emptyInstallerForm(): InstallerForm {
  return { staffUserId: "", phone: "", start: "08:30", end: "17:30", baseSalary: "", skills: "" };
}

export type InstallerFormProblem = "required" | "phone" | "time" | "endBeforeStart" | "money";

const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONEY = /^\d{1,9}(\.\d{1,2})?$/;

/** Problems keyed by the request's JSON path (workingHours.start, …), as the server names them. */
export function validateInstallerForm(form: InstallerForm): Record<string, InstallerFormProblem> {
  const problems: Record<string, InstallerFormProblem> = {};
  if (isBlank(form.staffUserId)) problems.staffUserId = "required";
  if (isBlank(form.phone)) problems.phone = "required";
  else if (!PHONE.test(form.phone.trim())) problems.phone = "phone";
  if (!TIME.test(form.start)) problems["workingHours.start"] = "time";
  if (!TIME.test(form.end)) problems["workingHours.end"] = "time";
  else if (TIME.test(form.start) && form.end <= form.start) problems["workingHours.end"] = "endBeforeStart";
  if (isBlank(form.baseSalary)) problems.baseSalary = "required";
  else if (!MONEY.test(form.baseSalary.trim())) problems.baseSalary = "money";
  return problems;
}

export function parseSkills(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((skill) => skill.trim())
        .filter(Boolean),
    ),
  ];
}

export function toCreateInstallerRequest(form: InstallerForm): CreateInstallerRequest {
  return {
    staffUserId: form.staffUserId,
    phone: form.phone.trim(),
    workingHours: { start: form.start, end: form.end },
    baseSalary: form.baseSalary.trim(),
    skills: parseSkills(form.skills),
  };
}
