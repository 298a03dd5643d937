import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadTranslations } from "./i18n";
import "./app/design/product.css";
import { BootError } from "./app/BootError";
import { isPublicPath } from "./app/public-pages";
import { loadRuntimeConfig } from "./lib/config";

async function bootstrap(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  try {
    // Customers book and track from a link, without an account: no sign-in for those pages.
    if (isPublicPath(window.location.pathname)) {
      // The customers' pages load neither the staff console nor its sign-in code; the runtime configuration, the
      // code and the texts are fetched side by side, not one after another (a phone on a slow network waits once).
      const [config, { PublicApp }] = await Promise.all([
        loadRuntimeConfig(),
        import("./app/PublicApp"),
        loadTranslations("public"),
      ]);
      root.render(
        <StrictMode>
          <PublicApp config={config} />
        </StrictMode>,
      );
      return;
    }
    // The shell's first texts; AppLayout adds the office's or the installer's once it knows who signed in.
    const [config, { App }, { createUserManager, establishSession }] = await Promise.all([
      loadRuntimeConfig(),
      import("./app/App"),
      import("./lib/auth/session"),
      loadTranslations("public"),
    ]);
    const userManager = createUserManager(config);
    const user = await establishSession(userManager);
    if (!user) return; // on the way to the Keycloak login page
    root.render(
      <StrictMode>
        <App config={config} userManager={userManager} initialUser={user} />
      </StrictMode>,
    );
  } catch (error) {
    await loadTranslations("public").catch(() => undefined);
    root.render(<BootError error={error} />);
  }
}

void bootstrap();
