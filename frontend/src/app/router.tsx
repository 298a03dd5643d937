import type { ReactNode } from "react";
import { Navigate, createBrowserRouter, type RouteObject } from "react-router";
import { AssetsRoute } from "@/features/assets/routes/AssetsRoute";
import { AuditRoute } from "@/features/audit/routes/AuditRoute";
import { BookingRoute } from "@/features/booking/routes/BookingRoute";
import { MyRequestsRoute } from "@/features/booking/routes/MyRequestsRoute";
import { TrackingRoute } from "@/features/booking/routes/TrackingRoute";
import { CalendarRoute } from "@/features/calendar/routes/CalendarRoute";
import { CatalogRoute } from "@/features/catalog/routes/CatalogRoute";
import { ComplaintDetailRoute } from "@/features/complaints/routes/ComplaintDetailRoute";
import { ComplaintsRoute } from "@/features/complaints/routes/ComplaintsRoute";
import { CreateComplaintRoute } from "@/features/complaints/routes/CreateComplaintRoute";
import { CustomerDetailRoute } from "@/features/customers/routes/CustomerDetailRoute";
import { CustomersRoute } from "@/features/customers/routes/CustomersRoute";
import { DisciplineRoute } from "@/features/discipline/routes/DisciplineRoute";
import { DispatchRefusalsRoute } from "@/features/discipline/routes/DispatchRefusalsRoute";
import { UnansweredCallsRoute } from "@/features/discipline/routes/UnansweredCallsRoute";
import { FollowUpDetailRoute } from "@/features/follow-ups/routes/FollowUpDetailRoute";
import { FollowUpsRoute } from "@/features/follow-ups/routes/FollowUpsRoute";
import { ImportDetailRoute } from "@/features/imports/routes/ImportDetailRoute";
import { ImportsRoute } from "@/features/imports/routes/ImportsRoute";
import { InstallersRoute } from "@/features/installers/routes/InstallersRoute";
import { IntegrationsRoute } from "@/features/integrations/routes/IntegrationsRoute";
import { CreateObjectionRoute } from "@/features/objections/routes/CreateObjectionRoute";
import { ObjectionDetailRoute } from "@/features/objections/routes/ObjectionDetailRoute";
import { ObjectionsRoute } from "@/features/objections/routes/ObjectionsRoute";
import { PayrollRoute } from "@/features/payroll/routes/PayrollRoute";
import { PromiseWatchRoute } from "@/features/promises/routes/PromiseWatchRoute";
import { ServicePointsRoute } from "@/features/service-points/routes/ServicePointsRoute";
import { IntakeRoute } from "@/features/service-requests/routes/IntakeRoute";
import { ServiceRequestDetailRoute } from "@/features/service-requests/routes/ServiceRequestDetailRoute";
import { ServiceRequestsRoute } from "@/features/service-requests/routes/ServiceRequestsRoute";
import { SettingsRoute } from "@/features/settings/routes/SettingsRoute";
import { StaffRoute } from "@/features/staff/routes/StaffRoute";
import { TenantsRoute } from "@/features/tenants/routes/TenantsRoute";
import { CountryCalendarsRoute } from "@/features/country-calendars/routes/CountryCalendarsRoute";
import { CreateWorkOrderRoute } from "@/features/work-orders/routes/CreateWorkOrderRoute";
import { DispatchCalendarRoute } from "@/features/work-orders/routes/DispatchCalendarRoute";
import { JobRoute } from "@/features/work-orders/routes/JobRoute";
import { MyJobsRoute } from "@/features/work-orders/routes/MyJobsRoute";
import { ReworkStatsRoute } from "@/features/work-orders/routes/ReworkStatsRoute";
import { WorkOrderBoardRoute } from "@/features/work-orders/routes/WorkOrderBoardRoute";
import { WorkOrderDetailRoute } from "@/features/work-orders/routes/WorkOrderDetailRoute";
import { AttendanceRoute } from "@/features/attendance/routes/AttendanceRoute";
import { ExpenseClaimDetailRoute } from "@/features/expenses/routes/ExpenseClaimDetailRoute";
import { ExpenseClaimsRoute } from "@/features/expenses/routes/ExpenseClaimsRoute";
import { SubmitClaimRoute } from "@/features/expenses/routes/SubmitClaimRoute";
import { PartnerOrdersRoute } from "@/features/partner-portal/routes/PartnerOrdersRoute";
import { PartnerStatementDetailRoute } from "@/features/partner-portal/routes/PartnerStatementDetailRoute";
import { PartnerStatementsRoute } from "@/features/partner-portal/routes/PartnerStatementsRoute";
import { PartnerDetailRoute } from "@/features/partners/routes/PartnerDetailRoute";
import { PartnerStatementRoute } from "@/features/partners/routes/PartnerStatementRoute";
import { PartnersRoute } from "@/features/partners/routes/PartnersRoute";
import { SecondmentsRoute } from "@/features/secondments/routes/SecondmentsRoute";
import { TripDetailRoute } from "@/features/trips/routes/TripDetailRoute";
import { TripsRoute } from "@/features/trips/routes/TripsRoute";
import { CALLBACK_PATH } from "@/lib/auth/session";
import { AppLayout } from "./layout/AppLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { HomeRoute } from "./routes/HomeRoute";
import { LeavePublicPages } from "./routes/LeavePublicPages";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { RequireRole } from "./routes/RequireRole";
import type { PageKey } from "./navigation";

function guarded(page: PageKey, path: string, element: ReactNode) {
  return { path, element: <RequireRole page={page}>{element}</RequireRole> };
}

/** Customers' pages without an account (see isPublicPath), outside the signed-in layout in both apps. */
export const publicRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: "book/:tenantSlug", element: <BookingRoute /> },
      { path: "track/:trackingCode", element: <TrackingRoute /> },
    ],
  },
];

/** The router of PublicApp: the public pages; any other path loads the signed-in app. */
export function createPublicRouter() {
  return createBrowserRouter([...publicRoutes, { path: "*", element: <LeavePublicPages /> }]);
}

export function createAppRouter() {
  return createBrowserRouter([
    ...publicRoutes,
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
        guarded("promiseWatch", "promises", <PromiseWatchRoute />),
        guarded("followUps", "follow-ups", <FollowUpsRoute />),
        guarded("followUps", "follow-ups/:followUpId", <FollowUpDetailRoute />),
        guarded("objections", "objections", <ObjectionsRoute />),
        guarded("objections", "objections/new", <CreateObjectionRoute />),
        guarded("objections", "objections/:objectionId", <ObjectionDetailRoute />),
        guarded("complaints", "complaints", <ComplaintsRoute />),
        guarded("complaints", "complaints/new", <CreateComplaintRoute />),
        guarded("complaints", "complaints/:complaintId", <ComplaintDetailRoute />),
        guarded("discipline", "discipline", <DisciplineRoute />),
        guarded("discipline", "discipline/calls", <UnansweredCallsRoute />),
        guarded("discipline", "discipline/refusals", <DispatchRefusalsRoute />),
        guarded("payroll", "payroll", <PayrollRoute />),
        guarded("attendance", "attendance", <AttendanceRoute />),
        guarded("trips", "trips", <TripsRoute />),
        guarded("trips", "trips/:tripId", <TripDetailRoute />),
        guarded("expenseClaims", "expense-claims", <ExpenseClaimsRoute />),
        guarded("expenseClaims", "expense-claims/new", <SubmitClaimRoute />),
        guarded("expenseClaims", "expense-claims/:claimId", <ExpenseClaimDetailRoute />),
        guarded("secondments", "secondments", <SecondmentsRoute />),
        guarded("partners", "partners", <PartnersRoute />),
        guarded("partners", "partners/:partnerId", <PartnerDetailRoute />),
        guarded("partners", "partners/:partnerId/statements/:statementId", <PartnerStatementRoute />),
        guarded("partnerOrders", "partner/orders", <PartnerOrdersRoute />),
        guarded("partnerStatements", "partner/statements", <PartnerStatementsRoute />),
        guarded("partnerStatements", "partner/statements/:statementId", <PartnerStatementDetailRoute />),
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
        guarded("myRequests", "my-requests", <MyRequestsRoute />),
        {
          path: "country-calendars",
          element: (
            <RequireRole page="countryCalendars">
              <CountryCalendarsRoute />
            </RequireRole>
          ),
        },
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
