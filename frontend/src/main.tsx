import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n";
import "./styles.css";
import { App } from "./app/App";
import { BootError } from "./app/BootError";
import { PublicApp } from "./app/PublicApp";
import { isPublicPath } from "./app/public-pages";
import { createUserManager, establishSession } from "./lib/auth/session";
import { loadRuntimeConfig } from "./lib/config";

async function bootstrap(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  try {
    const config = await loadRuntimeConfig();
    // Customers book and track from a link, without an account: no sign-in for those pages.
    if (isPublicPath(window.location.pathname)) {
      root.render(
        <StrictMode>
          <PublicApp config={config} />
        </StrictMode>,
      );
      return;
    }
    const userManager = createUserManager(config);
    const user = await establishSession(userManager);
    if (!user) return; // on the way to the Keycloak login page
    root.render(
      <StrictMode>
        <App config={config} userManager={userManager} initialUser={user} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<BootError error={error} />);
  }
}

void bootstrap();
