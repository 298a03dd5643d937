import type { ReactNode } from "react";
import { Navigate, createBrowserRouter } from "react-router";
import { AuditRoute } from "@/features/audit/routes/AuditRoute";
import { CalendarRoute } from "@/features/calendar/routes/CalendarRoute";
import { InstallersRoute } from "@/features/installers/routes/InstallersRoute";
import { IntegrationsRoute } from "@/features/integrations/routes/IntegrationsRoute";
import { SettingsRoute } from "@/features/settings/routes/SettingsRoute";
import { StaffRoute } from "@/features/staff/routes/StaffRoute";
import { TenantsRoute } from "@/features/tenants/routes/TenantsRoute";
import { CreateWorkOrderRoute } from "@/features/work-orders/routes/CreateWorkOrderRoute";
import { DispatchCalendarRoute } from "@/features/work-orders/routes/DispatchCalendarRoute";
import { JobRoute } from "@/features/work-orders/routes/JobRoute";
import { MyJobsRoute } from "@/features/work-orders/routes/MyJobsRoute";
import { WorkOrderBoardRoute } from "@/features/work-orders/routes/WorkOrderBoardRoute";
import { WorkOrderDetailRoute } from "@/features/work-orders/routes/WorkOrderDetailRoute";
import { CALLBACK_PATH } from "@/lib/auth/session";
import { AppLayout } from "./layout/AppLayout";
import { HomeRoute } from "./routes/HomeRoute";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { RequireRole } from "./routes/RequireRole";
import type { PageKey } from "./navigation";

function guarded(page: PageKey, path: string, element: ReactNode) {
  return { path, element: <RequireRole page={page}>{element}</RequireRole> };
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: "/",
      element: <AppLayout />,
      children: [
        { index: true, element: <HomeRoute /> },
        guarded("workOrders", "work-orders", <WorkOrderBoardRoute />),
        guarded("workOrders", "work-orders/new", <CreateWorkOrderRoute />),
        guarded("workOrders", "work-orders/:workOrderId", <WorkOrderDetailRoute />),
        guarded("dispatch", "dispatch", <DispatchCalendarRoute />),
        guarded("installers", "installers", <InstallersRoute />),
        guarded("myJobs", "jobs", <MyJobsRoute />),
        guarded("myJobs", "jobs/:workOrderId", <JobRoute />),
        {
          path: "tenants",
          element: (
            <RequireRole page="tenants">
              <TenantsRoute />
            </RequireRole>
          ),
        },
        {
          path: "settings",
          element: (
            <RequireRole page="settings">
              <SettingsRoute />
            </RequireRole>
          ),
        },
        {
          path: "calendar",
          element: (
            <RequireRole page="calendar">
              <CalendarRoute />
            </RequireRole>
          ),
        },
        {
          path: "staff",
          element: (
            <RequireRole page="staff">
              <StaffRoute />
            </RequireRole>
          ),
        },
        {
          path: "integrations",
          element: (
            <RequireRole page="integrations">
              <IntegrationsRoute />
            </RequireRole>
          ),
        },
        {
          path: "audit",
          element: (
            <RequireRole page="audit">
              <AuditRoute />
            </RequireRole>
          ),
        },
        { path: "*", element: <NotFoundRoute /> },
      ],
    },
    // Reached only if the sign-in callback URL is opened again after the session was established.
    { path: CALLBACK_PATH, element: <Navigate to="/" replace /> },
  ]);
}
