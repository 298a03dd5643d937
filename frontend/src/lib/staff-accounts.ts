import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "./api/client";
import { collectPages } from "./api/pages";
import { unwrap } from "./api/problem";
import type { Schema } from "./api/schema-types";
import { personName } from "./format";

export type StaffAccount = Schema<"StaffUser">;

/**
 * Every staff account holding a role (managers only may list them): the candidates for a service point's manager
 * or a new installer profile, and the names of who decided something.
 */
export function useStaffAccounts(role: Schema<"StaffRole">, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["users", { role, all: true }],
    enabled,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/users", { params: { query: { role, limit: 200, cursor } } })),
        )
      ).items,
  });
}

/** The account's display name in the UI's language, its login only when it has no name. */
export function accountName(
  account: Pick<StaffAccount, "firstName" | "lastName" | "username">,
  locale: string,
): string {
  return personName(account.firstName, account.lastName, locale) || account.username;
}

/**
 * Every staff account of the tenant, whatever its role (managers only may list them), to name the people who made
 * a change (audit log, integration clients) when the API gives only their login.
 */
export function useAllStaffAccounts(enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["users", { all: true }],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/users", { params: { query: { limit: 200, cursor } } })),
        )
      ).items,
  });
}

/** The display name of the account with this id or login, else the login itself. */
export function nameOfAccount(
  accounts: readonly StaffAccount[] | undefined,
  idOrLogin: string,
  locale: string,
): string {
  const account = accounts?.find((user) => user.id === idOrLogin || user.username === idOrLogin);
  return account ? accountName(account, locale) : idOrLogin;
}
