import type { ReactNode } from "react";
import { Navigate, createBrowserRouter } from "react-router";
import { AssetsRoute } from "@/features/assets/routes/AssetsRoute";
import { AuditRoute } from "@/features/audit/routes/AuditRoute";
import { CalendarRoute } from "@/features/calendar/routes/CalendarRoute";
import { CatalogRoute } from "@/features/catalog/routes/CatalogRoute";
import { CustomerDetailRoute } from "@/features/customers/routes/CustomerDetailRoute";
import { CustomersRoute } from "@/features/customers/routes/CustomersRoute";
import { ImportDetailRoute } from "@/features/imports/routes/ImportDetailRoute";
import { ImportsRoute } from "@/features/imports/routes/ImportsRoute";
import { InstallersRoute } from "@/features/installers/routes/InstallersRoute";
import { IntegrationsRoute } from "@/features/integrations/routes/IntegrationsRoute";
import { ServicePointsRoute } from "@/features/service-points/routes/ServicePointsRoute";
import { IntakeRoute } from "@/features/service-requests/routes/IntakeRoute";
import { ServiceRequestDetailRoute } from "@/features/service-requests/routes/ServiceRequestDetailRoute";
import { ServiceRequestsRoute } from "@/features/service-requests/routes/ServiceRequestsRoute";
import { SettingsRoute } from "@/features/settings/routes/SettingsRoute";
import { StaffRoute } from "@/features/staff/routes/StaffRoute";
import { TenantsRoute } from "@/features/tenants/routes/TenantsRoute";
import { CreateWorkOrderRoute } from "@/features/work-orders/routes/CreateWorkOrderRoute";
import { DispatchCalendarRoute } from "@/features/work-orders/routes/DispatchCalendarRoute";
import { JobRoute } from "@/features/work-orders/routes/JobRoute";
import { MyJobsRoute } from "@/features/work-orders/routes/MyJobsRoute";
import { ReworkStatsRoute } from "@/features/work-orders/routes/ReworkStatsRoute";
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
        guarded("intake", "intake", <IntakeRoute />),
        guarded("serviceRequests", "service-requests", <ServiceRequestsRoute />),
        guarded("serviceRequests", "service-requests/:serviceRequestId", <ServiceRequestDetailRoute />),
        guarded("workOrders", "work-orders", <WorkOrderBoardRoute />),
        guarded("workOrders", "work-orders/new", <CreateWorkOrderRoute />),
        guarded("reworkStats", "work-orders/rework", <ReworkStatsRoute />),
        guarded("workOrders", "work-orders/:workOrderId", <WorkOrderDetailRoute />),
        guarded("dispatch", "dispatch", <DispatchCalendarRoute />),
        guarded("installers", "installers", <InstallersRoute />),
        guarded("customers", "customers", <CustomersRoute />),
        guarded("customers", "customers/:customerId", <CustomerDetailRoute />),
        guarded("assets", "assets", <AssetsRoute />),
        guarded("catalog", "catalog", <CatalogRoute />),
        guarded("servicePoints", "service-points", <ServicePointsRoute />),
        guarded("imports", "imports", <ImportsRoute />),
        guarded("imports", "imports/:importId", <ImportDetailRoute />),
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
