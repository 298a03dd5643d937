import type { User, UserManager } from "oidc-client-ts";
import { describe, expect, it, vi } from "vitest";
import { currentAccessToken, safeReturnTo } from "./session";

function manager(user: Partial<User> | null, renewed: Partial<User> | null = null) {
  return {
    getUser: vi.fn(async () => user),
    signinSilent: vi.fn(async () => renewed),
  } as unknown as UserManager & { signinSilent: ReturnType<typeof vi.fn> };
}

describe("return after sign-in", () => {
  it("goes back to the page the user asked for", () => {
    expect(safeReturnTo({ returnTo: "/settings?x=1#a" })).toBe("/settings?x=1#a");
  });

  it("never leaves the app's origin or loops into the callback", () => {
    expect(safeReturnTo({ returnTo: "https://evil.example/" })).toBe("/");
    expect(safeReturnTo({ returnTo: "//evil.example/" })).toBe("/");
    expect(safeReturnTo({ returnTo: "/auth/callback?code=1" })).toBe("/");
    expect(safeReturnTo(undefined)).toBe("/");
  });
});

describe("access token", () => {
  it("uses a valid token as it is", async () => {
    const um = manager({ access_token: "A", expired: false, refresh_token: "R" });
    expect(await currentAccessToken(um)).toBe("A");
    expect(um.signinSilent).not.toHaveBeenCalled();
  });

  it("renews an expired token once, even for concurrent calls", async () => {
    const um = manager({ access_token: "old", expired: true, refresh_token: "R" }, { access_token: "new" });
    const tokens = await Promise.all([currentAccessToken(um), currentAccessToken(um)]);
    expect(tokens).toEqual(["new", "new"]);
    expect(um.signinSilent).toHaveBeenCalledOnce();
  });

  it("has no token without a session", async () => {
    expect(await currentAccessToken(manager(null))).toBeNull();
  });
});
