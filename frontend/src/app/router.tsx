import type { ReactNode } from "react";
import { Navigate, createBrowserRouter } from "react-router";
import { CALLBACK_PATH } from "@/lib/auth/session";
import { lazyPage } from "./lazy-page";
import { AppLayout } from "./layout/AppLayout";
import { publicRoutes } from "./public-router";
import { HomeIndex } from "./routes/HomeIndex";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { RequireRole } from "./routes/RequireRole";
import type { PageKey } from "./navigation";

const AssetsRoute = lazyPage(() => import("@/features/assets/routes/AssetsRoute"), "AssetsRoute");
const AuditRoute = lazyPage(() => import("@/features/audit/routes/AuditRoute"), "AuditRoute");
const MyProductsRoute = lazyPage(() => import("@/features/booking/routes/MyProductsRoute"), "MyProductsRoute");
const MyRequestsRoute = lazyPage(() => import("@/features/booking/routes/MyRequestsRoute"), "MyRequestsRoute");
const MyBookingRoute = lazyPage(() => import("@/features/booking/routes/MyBookingRoute"), "MyBookingRoute");
const MyDetailsRoute = lazyPage(() => import("@/features/booking/routes/MyDetailsRoute"), "MyDetailsRoute");
const CampaignDetailRoute = lazyPage(
  () => import("@/features/campaigns/routes/CampaignDetailRoute"),
  "CampaignDetailRoute",
);
const CampaignsRoute = lazyPage(() => import("@/features/campaigns/routes/CampaignsRoute"), "CampaignsRoute");
const EditCampaignRoute = lazyPage(() => import("@/features/campaigns/routes/CampaignFormRoute"), "EditCampaignRoute");
const NewCampaignRoute = lazyPage(() => import("@/features/campaigns/routes/CampaignFormRoute"), "NewCampaignRoute");
const CalendarRoute = lazyPage(() => import("@/features/calendar/routes/CalendarRoute"), "CalendarRoute");
const CatalogRoute = lazyPage(() => import("@/features/catalog/routes/CatalogRoute"), "CatalogRoute");
const ComplaintDetailRoute = lazyPage(
  () => import("@/features/complaints/routes/ComplaintDetailRoute"),
  "ComplaintDetailRoute",
);
const ComplaintsRoute = lazyPage(() => import("@/features/complaints/routes/ComplaintsRoute"), "ComplaintsRoute");
const CreateComplaintRoute = lazyPage(
  () => import("@/features/complaints/routes/CreateComplaintRoute"),
  "CreateComplaintRoute",
);
const CustomerDetailRoute = lazyPage(
  () => import("@/features/customers/routes/CustomerDetailRoute"),
  "CustomerDetailRoute",
);
const CustomerAccountsRoute = lazyPage(
  () => import("@/features/customer-accounts/routes/CustomerAccountsRoute"),
  "CustomerAccountsRoute",
);
const CustomersRoute = lazyPage(() => import("@/features/customers/routes/CustomersRoute"), "CustomersRoute");
const DispatchConsoleRoute = lazyPage(
  () => import("@/features/dispatch/routes/DispatchConsoleRoute"),
  "DispatchConsoleRoute",
);
const DisciplineRoute = lazyPage(() => import("@/features/discipline/routes/DisciplineRoute"), "DisciplineRoute");
const DispatchRefusalsRoute = lazyPage(
  () => import("@/features/discipline/routes/DispatchRefusalsRoute"),
  "DispatchRefusalsRoute",
);
const UnansweredCallsRoute = lazyPage(
  () => import("@/features/discipline/routes/UnansweredCallsRoute"),
  "UnansweredCallsRoute",
);
const FollowUpDetailRoute = lazyPage(
  () => import("@/features/follow-ups/routes/FollowUpDetailRoute"),
  "FollowUpDetailRoute",
);
const FollowUpsRoute = lazyPage(() => import("@/features/follow-ups/routes/FollowUpsRoute"), "FollowUpsRoute");
const ImportDetailRoute = lazyPage(() => import("@/features/imports/routes/ImportDetailRoute"), "ImportDetailRoute");
const ImportsRoute = lazyPage(() => import("@/features/imports/routes/ImportsRoute"), "ImportsRoute");
const ReportDetailRoute = lazyPage(() => import("@/features/reports/routes/ReportDetailRoute"), "ReportDetailRoute");
const ReportsRoute = lazyPage(() => import("@/features/reports/routes/ReportsRoute"), "ReportsRoute");
const IndicatorsRoute = lazyPage(() => import("@/features/indicators/routes/IndicatorsRoute"), "IndicatorsRoute");
const InstallersRoute = lazyPage(() => import("@/features/installers/routes/InstallersRoute"), "InstallersRoute");
const IntegrationsRoute = lazyPage(
  () => import("@/features/integrations/routes/IntegrationsRoute"),
  "IntegrationsRoute",
);
const CreateObjectionRoute = lazyPage(
  () => import("@/features/objections/routes/CreateObjectionRoute"),
  "CreateObjectionRoute",
);
const ObjectionDetailRoute = lazyPage(
  () => import("@/features/objections/routes/ObjectionDetailRoute"),
  "ObjectionDetailRoute",
);
const ConnectionApplicationsRoute = lazyPage(
  () => import("@/features/connection-applications/routes/ConnectionApplicationsRoute"),
  "ConnectionApplicationsRoute",
);
const NewConnectionApplicationRoute = lazyPage(
  () => import("@/features/connection-applications/routes/NewConnectionApplicationRoute"),
  "NewConnectionApplicationRoute",
);
const ConnectionApplicationDetailRoute = lazyPage(
  () => import("@/features/connection-applications/routes/ConnectionApplicationDetailRoute"),
  "ConnectionApplicationDetailRoute",
);
const MyConnectionApplicationsRoute = lazyPage(
  () => import("@/features/connection-applications/routes/MyConnectionApplicationsRoute"),
  "MyConnectionApplicationsRoute",
);
const ObjectionsRoute = lazyPage(() => import("@/features/objections/routes/ObjectionsRoute"), "ObjectionsRoute");
const EarlyWarningDetailRoute = lazyPage(
  () => import("@/features/quality/routes/EarlyWarningDetailRoute"),
  "EarlyWarningDetailRoute",
);
const EarlyWarningsRoute = lazyPage(() => import("@/features/quality/routes/EarlyWarningsRoute"), "EarlyWarningsRoute");
const FaultCategoriesRoute = lazyPage(
  () => import("@/features/quality/routes/FaultCategoriesRoute"),
  "FaultCategoriesRoute",
);
const QualityReportsRoute = lazyPage(
  () => import("@/features/quality/routes/QualityReportsRoute"),
  "QualityReportsRoute",
);
const RecordQualityReportRoute = lazyPage(
  () => import("@/features/quality/routes/RecordQualityReportRoute"),
  "RecordQualityReportRoute",
);
const NotificationsRoute = lazyPage(
  () => import("@/features/notifications/routes/NotificationsRoute"),
  "NotificationsRoute",
);
const MessageTextsRoute = lazyPage(
  () => import("@/features/notifications/routes/MessageTextsRoute"),
  "MessageTextsRoute",
);
const PayrollRoute = lazyPage(() => import("@/features/payroll/routes/PayrollRoute"), "PayrollRoute");
const PromiseWatchRoute = lazyPage(() => import("@/features/promises/routes/PromiseWatchRoute"), "PromiseWatchRoute");
const ServicePointsRoute = lazyPage(
  () => import("@/features/service-points/routes/ServicePointsRoute"),
  "ServicePointsRoute",
);
const IntakeRoute = lazyPage(() => import("@/features/service-requests/routes/IntakeRoute"), "IntakeRoute");
const ServiceRequestDetailRoute = lazyPage(
  () => import("@/features/service-requests/routes/ServiceRequestDetailRoute"),
  "ServiceRequestDetailRoute",
);
const ServiceRequestsRoute = lazyPage(
  () => import("@/features/service-requests/routes/ServiceRequestsRoute"),
  "ServiceRequestsRoute",
);
const SettingsRoute = lazyPage(() => import("@/features/settings/routes/SettingsRoute"), "SettingsRoute");
const StaffRoute = lazyPage(() => import("@/features/staff/routes/StaffRoute"), "StaffRoute");
const TenantsRoute = lazyPage(() => import("@/features/tenants/routes/TenantsRoute"), "TenantsRoute");
const CountryCalendarsRoute = lazyPage(
  () => import("@/features/country-calendars/routes/CountryCalendarsRoute"),
  "CountryCalendarsRoute",
);
const CreateWorkOrderRoute = lazyPage(
  () => import("@/features/work-orders/routes/CreateWorkOrderRoute"),
  "CreateWorkOrderRoute",
);
const JobRoute = lazyPage(() => import("@/features/work-orders/routes/JobRoute"), "JobRoute");
const MyJobsRoute = lazyPage(() => import("@/features/work-orders/routes/MyJobsRoute"), "MyJobsRoute");
const ReworkStatsRoute = lazyPage(() => import("@/features/work-orders/routes/ReworkStatsRoute"), "ReworkStatsRoute");
const WorkOrderBoardRoute = lazyPage(
  () => import("@/features/work-orders/routes/WorkOrderBoardRoute"),
  "WorkOrderBoardRoute",
);
const WorkOrderDetailRoute = lazyPage(
  () => import("@/features/work-orders/routes/WorkOrderDetailRoute"),
  "WorkOrderDetailRoute",
);
const AttendanceRoute = lazyPage(() => import("@/features/attendance/routes/AttendanceRoute"), "AttendanceRoute");
const ExpenseClaimDetailRoute = lazyPage(
  () => import("@/features/expenses/routes/ExpenseClaimDetailRoute"),
  "ExpenseClaimDetailRoute",
);
const ExpenseClaimsRoute = lazyPage(
  () => import("@/features/expenses/routes/ExpenseClaimsRoute"),
  "ExpenseClaimsRoute",
);
const SubmitClaimRoute = lazyPage(() => import("@/features/expenses/routes/SubmitClaimRoute"), "SubmitClaimRoute");
const PartnerOrdersRoute = lazyPage(
  () => import("@/features/partner-portal/routes/PartnerOrdersRoute"),
  "PartnerOrdersRoute",
);
const PartnerStatementDetailRoute = lazyPage(
  () => import("@/features/partner-portal/routes/PartnerStatementDetailRoute"),
  "PartnerStatementDetailRoute",
);
const PartnerStatementsRoute = lazyPage(
  () => import("@/features/partner-portal/routes/PartnerStatementsRoute"),
  "PartnerStatementsRoute",
);
const PartnerDetailRoute = lazyPage(
  () => import("@/features/partners/routes/PartnerDetailRoute"),
  "PartnerDetailRoute",
);
const PartnerStatementRoute = lazyPage(
  () => import("@/features/partners/routes/PartnerStatementRoute"),
  "PartnerStatementRoute",
);
const PartnersRoute = lazyPage(() => import("@/features/partners/routes/PartnersRoute"), "PartnersRoute");
const SecondmentsRoute = lazyPage(() => import("@/features/secondments/routes/SecondmentsRoute"), "SecondmentsRoute");
const TripDetailRoute = lazyPage(() => import("@/features/trips/routes/TripDetailRoute"), "TripDetailRoute");
const TripsRoute = lazyPage(() => import("@/features/trips/routes/TripsRoute"), "TripsRoute");

function guarded(page: PageKey, path: string, element: ReactNode) {
  return { path, element: <RequireRole page={page}>{element}</RequireRole> };
}

export function createAppRouter() {
  return createBrowserRouter([
    ...publicRoutes,
    {
      path: "/",
      element: <AppLayout />,
      children: [
        { index: true, element: <HomeIndex /> },
        guarded("intake", "intake", <IntakeRoute />),
        guarded("serviceRequests", "service-requests", <ServiceRequestsRoute />),
        guarded("serviceRequests", "service-requests/:serviceRequestId", <ServiceRequestDetailRoute />),
        guarded("workOrders", "work-orders", <WorkOrderBoardRoute />),
        guarded("workOrders", "work-orders/new", <CreateWorkOrderRoute />),
        guarded("reworkStats", "work-orders/rework", <ReworkStatsRoute />),
        guarded("indicators", "indicators", <IndicatorsRoute />),
        guarded("workOrders", "work-orders/:workOrderId", <WorkOrderDetailRoute />),
        guarded("dispatch", "dispatch", <DispatchConsoleRoute />),
        guarded("promiseWatch", "promises", <PromiseWatchRoute />),
        guarded("followUps", "follow-ups", <FollowUpsRoute />),
        guarded("followUps", "follow-ups/:followUpId", <FollowUpDetailRoute />),
        guarded("campaigns", "campaigns", <CampaignsRoute />),
        guarded("campaigns", "campaigns/new", <NewCampaignRoute />),
        guarded("campaigns", "campaigns/:campaignId", <CampaignDetailRoute />),
        guarded("campaigns", "campaigns/:campaignId/edit", <EditCampaignRoute />),
        guarded("connectionApplications", "connection-applications", <ConnectionApplicationsRoute />),
        guarded("connectionApplications", "connection-applications/new", <NewConnectionApplicationRoute />),
        guarded(
          "connectionApplications",
          "connection-applications/:applicationId",
          <ConnectionApplicationDetailRoute />,
        ),
        guarded("objections", "objections", <ObjectionsRoute />),
        guarded("objections", "objections/new", <CreateObjectionRoute />),
        guarded("objections", "objections/:objectionId", <ObjectionDetailRoute />),
        guarded("complaints", "complaints", <ComplaintsRoute />),
        guarded("complaints", "complaints/new", <CreateComplaintRoute />),
        guarded("complaints", "complaints/:complaintId", <ComplaintDetailRoute />),
        guarded("qualityReports", "quality-reports", <QualityReportsRoute />),
        // Installers record forms on site too; the page checks the roles that may.
        { path: "quality-reports/new", element: <RecordQualityReportRoute /> },
        guarded("earlyWarnings", "early-warnings", <EarlyWarningsRoute />),
        guarded("earlyWarnings", "early-warnings/:warningId", <EarlyWarningDetailRoute />),
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
        guarded("customerAccounts", "customer-accounts", <CustomerAccountsRoute />),
        guarded("assets", "assets", <AssetsRoute />),
        guarded("catalog", "catalog", <CatalogRoute />),
        guarded("faultCategories", "fault-categories", <FaultCategoriesRoute />),
        guarded("servicePoints", "service-points", <ServicePointsRoute />),
        guarded("imports", "imports", <ImportsRoute />),
        guarded("imports", "imports/:importId", <ImportDetailRoute />),
        guarded("reports", "reports", <ReportsRoute />),
        guarded("reports", "reports/:reportId", <ReportDetailRoute />),
        guarded("myJobs", "jobs", <MyJobsRoute />),
        guarded("myJobs", "jobs/:workOrderId", <JobRoute />),
        guarded("myProducts", "my-products", <MyProductsRoute />),
        guarded("myBooking", "my-booking", <MyBookingRoute />),
        guarded("myRequests", "my-requests", <MyRequestsRoute />),
        guarded("myConnectionApplications", "my-connection-applications", <MyConnectionApplicationsRoute />),
        guarded("myDetails", "my-details", <MyDetailsRoute />),
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
        guarded("notifications", "notifications", <NotificationsRoute />),
        guarded("messageTexts", "message-texts", <MessageTextsRoute />),
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
