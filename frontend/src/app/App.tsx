import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import type { User, UserManager } from "oidc-client-ts";
import { useEffect, useMemo, useState } from "react";
import { RouterProvider } from "react-router";
import { ApiClientContext, createApiClient } from "@/lib/api/client";
import { AuthContext, type Auth } from "@/lib/auth/AuthContext";
import { currentAccessToken, signIn } from "@/lib/auth/session";
import type { RuntimeConfig } from "@/lib/config";
import { createQueryClient } from "@/lib/query-client";
import { DesignSystem } from "./design/DesignSystem";
import { createAppRouter } from "./router";

interface AppProps {
  config: RuntimeConfig;
  userManager: UserManager;
  initialUser: User;
}

export function App({ config, userManager, initialUser }: AppProps) {
  const [user, setUser] = useState(initialUser);

  useEffect(() => {
    const loaded = (renewed: User) => setUser(renewed);
    userManager.events.addUserLoaded(loaded);
    return () => userManager.events.removeUserLoaded(loaded);
  }, [userManager]);

  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: config.apiBaseUrl,
        accessToken: () => currentAccessToken(userManager),
        onUnauthorized: () => void signIn(userManager),
      }),
    [config.apiBaseUrl, userManager],
  );
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  const auth = useMemo<Auth>(
    () => ({ user, userManager, signOut: () => userManager.signoutRedirect() }),
    [user, userManager],
  );

  return (
    <DesignSystem>
      <AntApp>
        <AuthContext.Provider value={auth}>
          <ApiClientContext.Provider value={api}>
            <QueryClientProvider client={queryClient}>
              <RouterProvider router={router} />
            </QueryClientProvider>
          </ApiClientContext.Provider>
        </AuthContext.Provider>
      </AntApp>
    </DesignSystem>
  );
}
