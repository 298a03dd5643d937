import { isBlank, isPhone } from "@/lib/validation";
import type {
  CreateServicePointRequest,
  ServicePoint,
  ServicePointKind,
  UpdateServicePointRequest,
} from "../api/service-points";

export interface ServicePointForm {
  kind: ServicePointKind;
  name: string;
  address: string;
  phone: string;
  /** The responsible manager's staff account id, or "". */
  managerId: string;
}

export function emptyServicePointForm(): ServicePointForm {
  return { kind: "BRANCH", name: "", address: "", phone: "", managerId: "" };
}

export function servicePointFormOf(point: ServicePoint): ServicePointForm {
  return {
    kind: point.kind,
    name: point.name,
    address: point.address,
    phone: point.phone ?? "",
    managerId: point.managerId ?? "",
  };
}

export type ServicePointProblem = "required" | "phone";

export function validateServicePointForm(form: ServicePointForm): Record<string, ServicePointProblem> {
  const problems: Record<string, ServicePointProblem> = {};
  if (isBlank(form.name)) problems.name = "required";
  if (isBlank(form.address)) problems.address = "required";
  if (!isBlank(form.phone) && !isPhone(form.phone)) problems.phone = "phone";
  return problems;
}

export function toCreateServicePointRequest(form: ServicePointForm): CreateServicePointRequest {
  return {
    kind: form.kind,
    name: form.name.trim(),
    address: form.address.trim(),
    ...(isBlank(form.phone) ? {} : { phone: form.phone.trim() }),
    ...(form.managerId ? { managerId: form.managerId } : {}),
  };
}

/** The whole service point with the version read: an emptied phone or manager is removed. */
export function toUpdateServicePointRequest(form: ServicePointForm, version: number): UpdateServicePointRequest {
  return { version, ...toCreateServicePointRequest(form) };
}
