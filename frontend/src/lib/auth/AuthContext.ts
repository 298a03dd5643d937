import type { User, UserManager } from "oidc-client-ts";
import { createContext, useContext } from "react";

export interface Auth {
  user: User;
  userManager: UserManager;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error("useAuth outside AuthContext");
  }
  return auth;
}
