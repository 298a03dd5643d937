import { isBlank } from "@/lib/validation";
import type { BookingService, Slot } from "../api/booking";
import type { MyBookingOptions, MyBookingRequest } from "../api/my-account";

/** A signed-in customer's booking: no name, phone or address to type, only choices among their own. */
export interface MyBookingForm {
  service: BookingService | "";
  productId: string;
  addressId: string;
  problem: string;
  slot: Slot | null;
}

export type MyBookingField = "service" | "productId" | "addressId" | "problem" | "slot";
export type MyBookingProblem = "serviceRequired" | "productRequired" | "required" | "slotRequired";

/** What My products hands over when it opens the page for one product ("Book maintenance"). */
export interface MyBookingPrefill {
  service?: BookingService;
  productId?: string;
}

const SERVICES: readonly BookingService[] = ["INSTALLATION", "FAULT", "MAINTENANCE"];

/** The booking page of the signed-in customer, optionally opened for one product and service. */
export function myBookingPath(prefill: MyBookingPrefill = {}): string {
  const query = new URLSearchParams();
  if (prefill.service) query.set("service", prefill.service);
  if (prefill.productId) query.set("product", prefill.productId);
  const search = query.toString();
  return search ? `/my-booking?${search}` : "/my-booking";
}

export function prefillOf(search: URLSearchParams): MyBookingPrefill {
  const service = search.get("service");
  const productId = search.get("product");
  return {
    ...(service && (SERVICES as readonly string[]).includes(service) ? { service: service as BookingService } : {}),
    ...(productId ? { productId } : {}),
  };
}

/** A repair or a maintenance check-up is for one of their products, when they have any. */
export function needsProduct(service: BookingService | "", options: Pick<MyBookingOptions, "products">): boolean {
  return (service === "FAULT" || service === "MAINTENANCE") && options.products.length > 0;
}

/** The form as the page opens: the prefill where the options allow it, the only service or address chosen. */
export function initialMyBookingForm(options: MyBookingOptions, prefill: MyBookingPrefill = {}): MyBookingForm {
  const service =
    prefill.service && options.services.includes(prefill.service)
      ? prefill.service
      : options.services.length === 1
        ? options.services[0]!
        : "";
  const product = options.products.find((candidate) => candidate.id === prefill.productId);
  return {
    service,
    productId:
      product?.id ?? (options.products.length === 1 && needsProduct(service, options) ? options.products[0]!.id : ""),
    addressId: options.addresses[0]?.id ?? "",
    problem: "",
    slot: null,
  };
}

export function validateMyBookingForm(
  form: MyBookingForm,
  options: Pick<MyBookingOptions, "products">,
): Partial<Record<MyBookingField, MyBookingProblem>> {
  const problems: Partial<Record<MyBookingField, MyBookingProblem>> = {};
  if (form.service === "") problems.service = "serviceRequired";
  if (needsProduct(form.service, options) && !form.productId) problems.productId = "productRequired";
  if (isBlank(form.problem)) problems.problem = "required";
  if (!form.slot) problems.slot = "slotRequired";
  return problems;
}

/** The body of POST /my/bookings for a valid form; an installation names no product. */
export function toMyBookingRequest(form: MyBookingForm): MyBookingRequest {
  if (form.service === "" || !form.slot) throw new Error("toMyBookingRequest needs a validated form");
  return {
    service: form.service,
    ...(form.productId && form.service !== "INSTALLATION" ? { productId: form.productId } : {}),
    ...(form.addressId ? { addressId: form.addressId } : {}),
    slot: { start: form.slot.start, end: form.slot.end },
    problem: form.problem.trim(),
  };
}
