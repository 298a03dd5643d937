import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApiClient } from "./api/client";
import { unwrap } from "./api/problem";
import type { Schema } from "./api/schema-types";
import { useDebouncedValue } from "./use-debounced-value";

// Finding a customer while the phone rings, and reading one customer with its sites and assets. Shared by the
// request intake, the work-order form, the asset form and the customer pages.

export type Customer = Schema<"Customer">;
export type CustomerSummary = Schema<"CustomerSummary">;
export type CustomerContact = Schema<"CustomerContact">;
export type CustomerSite = Schema<"CustomerSite">;
export type Asset = Schema<"Asset">;

export const customersKey = ["customers"] as const;
export const assetsKey = ["assets"] as const;
export const customerKey = (customerId: string) => [...customersKey, "detail", customerId] as const;
export const customerAssetsKey = (customerId: string) => [...assetsKey, "of-customer", customerId] as const;

/** The API answers 400 to a phone search with fewer digits. */
export const MIN_PHONE_DIGITS = 3;
/** Pause in typing after which the search runs. */
export const SEARCH_DELAY_MS = 300;
/** Assets of one customer read at once; a customer with more is rare and the rest are on the assets page. */
const ASSETS_PER_CUSTOMER = 200;

const PHONE_LIKE = /^[0-9 +()-]+$/;

export function phoneDigits(text: string): string {
  return text.replace(/\D/g, "");
}

/** What the search sends: the digits of a phone, or part of a name; null while there is nothing to search. */
export type CustomerSearchTerm = { phone: string } | { q: string } | null;

/**
 * Digits (with spaces, dashes, brackets or +) search the phones of customers and their contacts from
 * {@link MIN_PHONE_DIGITS} digits on; anything else searches names.
 */
export function searchTermOf(text: string): CustomerSearchTerm {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (PHONE_LIKE.test(trimmed)) {
    const digits = phoneDigits(trimmed);
    return digits.length >= MIN_PHONE_DIGITS ? { phone: digits.slice(0, 30) } : null;
  }
  return { q: trimmed.slice(0, 100) };
}

/** A phone number being typed that is still too short to search. */
export function needsMoreDigits(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && PHONE_LIKE.test(trimmed) && phoneDigits(trimmed).length < MIN_PHONE_DIGITS;
}

/** The contacts whose phone starts with the digits: why a customer was found when its own phone does not match. */
export function matchingContacts(customer: Pick<Customer, "contacts">, digits: string): CustomerContact[] {
  if (digits === "") return [];
  return customer.contacts.filter((contact) => phoneDigits(contact.phone).startsWith(digits));
}

/** Customers matching what is typed, searched once typing pauses. */
export function useCustomerSearch(text: string, limit: number, delayMs = SEARCH_DELAY_MS) {
  const api = useApiClient();
  const settled = useDebouncedValue(text, delayMs);
  const term = searchTermOf(settled);
  const query = useQuery({
    queryKey: [...customersKey, "search", term, limit],
    enabled: term !== null,
    // The previous results stay while the next digits are searched, so the list does not flicker.
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET("/api/v1/customers", { params: { query: { ...term, limit } } })),
  });
  return { term, settled: settled === text, query };
}

/** One customer with its contacts and sites. */
export function useCustomer(customerId: string | null | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: customerKey(customerId ?? ""),
    enabled: !!customerId,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/customers/{customerId}", { params: { path: { customerId: customerId ?? "" } } })),
  });
}

/** The assets installed at one customer. */
export function useCustomerAssets(customerId: string | null | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: customerAssetsKey(customerId ?? ""),
    enabled: !!customerId,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/assets", {
          params: { query: { customerId: customerId ?? "", limit: ASSETS_PER_CUSTOMER } },
        }),
      ),
  });
}
