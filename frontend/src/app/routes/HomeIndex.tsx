import { Navigate } from "react-router";
import { useCurrentUser } from "@/lib/current-user";
import { lazyPage } from "../lazy-page";
import { landingPath } from "../navigation";

const HomeRoute = lazyPage(() => import("./HomeRoute"), "HomeRoute");

/**
 * The index route: installers and partner staff go straight to their own landing page without downloading the
 * office's home (its figures and tables); everyone else gets the home page in its own chunk.
 */
export function HomeIndex() {
  const me = useCurrentUser();
  const landing = landingPath(me.roles);
  return landing === "/" ? <HomeRoute /> : <Navigate to={landing} replace />;
}
