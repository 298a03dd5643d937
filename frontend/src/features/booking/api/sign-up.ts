import { useMutation } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type CustomerSignUpRequest = Schema<"CustomerSignUpRequest">;
export type CustomerSignedUp = Schema<"CustomerSignedUp">;

/** Where the code goes: the phone on record by SMS, or the e-mail on record. Exactly one of them. */
export type SignUpContact = { phone: string } | { email: string };

/** Asks for a sign-up code; the answer is the same whether or not the phone or e-mail is on record. */
export function useSendSignUpCode(tenantSlug: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (contact: SignUpContact) =>
      unwrap(
        await api.POST("/api/v1/public/{tenantSlug}/customer-sign-up/codes", {
          params: { path: { tenantSlug } },
          body: contact,
        }),
      ),
  });
}

/** Opens the customer's account with the code and a password; answers the login to sign in with. */
export function useSignUp(tenantSlug: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (body: CustomerSignUpRequest) =>
      unwrap(
        await api.POST("/api/v1/public/{tenantSlug}/customer-sign-up", { params: { path: { tenantSlug } }, body }),
      ),
  });
}
