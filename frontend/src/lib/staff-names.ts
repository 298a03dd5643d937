import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useApiClient } from "./api/client";
import { collectPages } from "./api/pages";
import { unwrap } from "./api/problem";
import { useCurrentUser } from "./current-user";
import { accountName } from "./staff-accounts";

/**
 * Who did something, by name: records keep the login of who decided, locked or paid ("wang.manager"). A manager
 * may list the staff and reads the person's name; anyone else reads their own name, or the login as recorded.
 */
export function useStaffNames(): (username: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const me = useCurrentUser();
  const api = useApiClient();
  const accounts = useQuery({
    queryKey: ["users", { all: true }],
    enabled: me.roles.includes("manager"),
    staleTime: 5 * 60_000,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/users", { params: { query: { limit: 200, cursor } } })),
        )
      ).items,
  });
  return (username) => {
    if (!username) return "";
    if (username === me.username) return me.displayName || username;
    const account = accounts.data?.find((candidate) => candidate.username === username);
    return account ? accountName(account, i18n.language) : username;
  };
}
