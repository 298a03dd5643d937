import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "./api/client";
import { unwrap } from "./api/problem";
import type { Schema } from "./api/schema-types";

export type CustomerAccount = Schema<"CustomerAccount">;
export type CustomerAccountStatus = Schema<"CustomerAccountStatus">;

export const CUSTOMER_ACCOUNT_STATUSES = ["INVITED", "ACTIVE", "DISABLED"] as const satisfies CustomerAccountStatus[];

/** The query key of the customer accounts list, refreshed after an invitation or a switch. */
export const customerAccountsKey = ["customer-accounts"] as const;

/**
 * Invites a customer to open an account: an SMS with a code and the sign-up link. `resend` sends a new code when
 * an invitation is pending already (otherwise 409 invitation-pending).
 */
export function useInviteCustomer() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ customerId, resend = false }: { customerId: string; resend?: boolean }) =>
      unwrap(await api.POST("/api/v1/customer-accounts/invitations", { body: { customerId, resend } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: customerAccountsKey }),
  });
}
