import { createBrowserRouter, type RouteObject } from "react-router";
import { lazyPage } from "./lazy-page";
import { PublicLayout } from "./layout/PublicLayout";
import { LeavePublicPages } from "./routes/LeavePublicPages";

const BookingRoute = lazyPage(() => import("@/features/booking/routes/BookingRoute"), "BookingRoute");
const ConnectionProcedureRoute = lazyPage(
  () => import("@/features/connection-applications/routes/ConnectionProcedureRoute"),
  "ConnectionProcedureRoute",
);
const CampaignLinkRoute = lazyPage(() => import("@/features/booking/routes/CampaignLinkRoute"), "CampaignLinkRoute");
const SignUpRoute = lazyPage(() => import("@/features/booking/routes/SignUpRoute"), "SignUpRoute");
const TrackingRoute = lazyPage(() => import("@/features/booking/routes/TrackingRoute"), "TrackingRoute");

/** Customers' pages without an account (see isPublicPath), outside the signed-in layout in both apps. */
export const publicRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: "book/:tenantSlug", element: <BookingRoute /> },
      // The company's connection procedure (报装接电), published beside its booking page.
      { path: "book/:tenantSlug/connection", element: <ConnectionProcedureRoute /> },
      { path: "track/:trackingCode", element: <TrackingRoute /> },
      { path: "sign-up/:tenantSlug", element: <SignUpRoute /> },
      // A customer's personal link of a maintenance campaign, as its SMS carries it.
      { path: "c/:tenantSlug/:linkCode", element: <CampaignLinkRoute /> },
    ],
  },
];

/** The router of PublicApp: the public pages; any other path loads the signed-in app. */
export function createPublicRouter() {
  return createBrowserRouter([...publicRoutes, { path: "*", element: <LeavePublicPages /> }]);
}
