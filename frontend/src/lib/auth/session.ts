import { UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import type { RuntimeConfig } from "../config";

export const CALLBACK_PATH = "/auth/callback";

interface SignInState {
  returnTo?: string;
}

export function createUserManager(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: "code", // Authorization Code; oidc-client-ts always adds PKCE (S256)
    scope: "openid profile email",
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Keycloak gives the public client a refresh token, so renewal needs no hidden iframe.
    automaticSilentRenew: true,
  });
}

/** A same-origin path to return to after sign-in; anything else falls back to "/". */
export function safeReturnTo(state: unknown): string {
  const returnTo = (state as SignInState | undefined)?.returnTo;
  if (typeof returnTo !== "string" || !returnTo.startsWith("/") || returnTo.startsWith("//")) {
    return "/";
  }
  return returnTo.startsWith(CALLBACK_PATH) ? "/" : returnTo;
}

function currentLocation(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

let renewal: Promise<User | null> | null = null;

/**
 * The access token for the next API call. An expired token (say, after the laptop slept) is renewed with
 * the refresh token first, so unsaved form input is not lost to a full login redirect.
 */
export async function currentAccessToken(userManager: UserManager): Promise<string | null> {
  const user = await userManager.getUser();
  if (!user) return null;
  if (!user.expired || !user.refresh_token) return user.access_token;
  renewal ??= userManager
    .signinSilent()
    .catch(() => null)
    .finally(() => {
      renewal = null;
    });
  const renewed = await renewal;
  return renewed?.access_token ?? user.access_token;
}

let redirecting = false;

/** Sends the browser to the Keycloak login page; concurrent callers (several 401s) redirect once. */
export async function signIn(userManager: UserManager, returnTo: string = currentLocation()): Promise<void> {
  if (redirecting) return;
  redirecting = true;
  await userManager.removeUser();
  await userManager.signinRedirect({ state: { returnTo } satisfies SignInState });
}

/**
 * The signed-in user, completing a login redirect when the browser comes back from Keycloak.
 * Resolves to null when the browser is being sent to the login page.
 */
export async function establishSession(userManager: UserManager): Promise<User | null> {
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await userManager.signinRedirectCallback();
    window.history.replaceState(null, "", safeReturnTo(user.state));
    return user;
  }
  const stored = await userManager.getUser();
  if (stored && !stored.expired) {
    return stored;
  }
  if (stored?.refresh_token) {
    try {
      const renewed = await userManager.signinSilent();
      if (renewed) return renewed;
    } catch {
      // The refresh token is gone or expired too: fall through to a full login.
    }
  }
  await signIn(userManager);
  return null;
}
