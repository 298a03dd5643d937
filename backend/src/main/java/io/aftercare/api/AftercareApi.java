package io.aftercare.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published contract's front page: what the API is, how to authenticate, and its conventions. */
@OpenAPIDefinition(
        info = @Info(
                title = "Aftercare API",
                version = "1.0.0",
                description = """
                        Installation and after-sales service for companies and franchise stores (tenants).

                        **Conventions.** JSON over HTTPS under `/api/v1`. Ids are time-ordered UUIDs; timestamps are \
                        ISO-8601 with offset; money is a decimal string in the tenant's currency. Lists use keyset \
                        pagination: `limit` and `cursor` in, `nextCursor` out (absent on the last page). Updates carry \
                        the `version` you read and answer 409 when it is stale. Creating POSTs accept an \
                        `Idempotency-Key`. Every error is an RFC 9457 `application/problem+json` document whose \
                        `errorId` is also in the server log; invalid input names each field in `errors`. Each answer \
                        carries `X-Request-Id` and the caller's `RateLimit-*` budget.

                        **Tenancy.** The tenant comes from the token's `tenant` claim: a caller sees only its tenant's \
                        data, and another tenant's ids answer 404.""",
                contact = @Contact(name = "Aftercare engineering", email = "api@aftercare.dev", url = "https://aftercare.dev"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "https://{host}", description = "Production: an Aftercare deployment (set host)",
                extensions = @org.eclipse.microprofile.openapi.annotations.extensions.Extension(
                        name = "x-internal", value = "false", parseValue = true),
                variables = @org.eclipse.microprofile.openapi.annotations.servers.ServerVariable(
                        name = "host", defaultValue = "aftercare.example.com", description = "Host name of the deployment")),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "keycloak")},
        tags = {
                @Tag(name = "Me", description = "The caller."),
                @Tag(name = "Home", description = "Where the office's day starts: today's figures and what waits for a decision."),
                @Tag(name = "Product quality", description = "Fault categories, product-quality and feedback forms, and early warnings of "
                        + "recurring faults routed to engineering or training."),
                @Tag(name = "Reports", description = "The weekly report and the monthly analysis: kept, listed, downloaded as PDF or XLSX."),
                @Tag(name = "Indicators", description = "Key performance indicators of the tenant for a period, with their trend."),
                @Tag(name = "Platform", description = "Tenants of the platform (platform administrators)."),
                @Tag(name = "Settings", description = "A tenant's rule settings: fines, rewards, allowances, promises."),
                @Tag(name = "Calendar", description = "A tenant's working days, public holidays and make-up working days."),
                @Tag(name = "Staff", description = "A tenant's staff accounts and their roles."),
                @Tag(name = "Installers", description = "Field technicians, their certificates and leave."),
                @Tag(name = "Service requests", description = "Requests from every channel: resolved by phone, converted or dismissed."),
                @Tag(name = "Work orders", description = "Dispatched jobs and their lifecycle from assignment to filing."),
                @Tag(name = "Attachments", description = "Photos, video, signatures and certificate scans, kept in the database."),
                @Tag(name = "Integrations", description = "A tenant's integration clients (OAuth2 client credentials)."),
                @Tag(name = "Audit", description = "A tenant's audit trail."),
                @Tag(name = "Customers", description = "A tenant's customers with their contacts and sites."),
                @Tag(name = "Assets", description = "Products installed at customers: serials, device ids, warranty."),
                @Tag(name = "Catalogue", description = "A tenant's product models, spare parts and tools."),
                @Tag(name = "Service points", description = "A tenant's branches, monitoring centres and partner repair shops."),
                @Tag(name = "Imports", description = "CSV imports of customers and assets, with progress and per-row errors."),
                @Tag(name = "Promises", description = "Service promises at risk or breached, and the escalations they caused."),
                @Tag(name = "Follow-ups", description = "Follow-up calls after service, usage calls and spot checks (回访)."),
                @Tag(name = "Objections", description = "Customers' objections and the service commitments they are owed (异议)."),
                @Tag(name = "Booking", description = "Online booking and tracking for customers, without a login."),
                @Tag(name = "Customer portal", description = "A signed-in customer's own requests."),
                @Tag(name = "Notifications", description = "SMS and e-mail to customers, installers and managers: delivery and retries."),
                @Tag(name = "Complaints", description = "Customers' complaints about an order or an installer: investigated, verified or rejected (投诉)."),
                @Tag(name = "Discipline", description = "The discipline ledger: fines, warnings, demerits, rewards and cost charges from the tenant's rules."),
                @Tag(name = "Attendance", description = "Clocking in and out, field attendance from work orders, and the monthly sheet."),
                @Tag(name = "Trips", description = "Business trips and the allowances they earn."),
                @Tag(name = "Expense claims", description = "Reimbursement claims with receipts checked against the trip."),
                @Tag(name = "Secondments", description = "Staff lent between service points, charged to the borrowing group."),
                @Tag(name = "Payroll", description = "Monthly pay per person, drillable to its sources; locking and export."),
                @Tag(name = "Partners", description = "Outsourcing partners, their agreements, orders and settlement statements."),
                @Tag(name = "Partner portal", description = "A partner's own staff: their orders (customer data minimised) and statements.")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An RS256-signed access token from the Aftercare Keycloak realm, verified per RFC8725 (JWT best "
                + "current practices): fixed algorithm, issuer and expiry checked, `alg: none` refused. Tokens live minutes; "
                + "clients refresh them.")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.OAUTH2,
        description = "Keycloak realm `aftercare`: authorization code with PKCE for people, client credentials for "
                + "integrations. Access tokens are short-lived JWTs (RFC8725 practices); people refresh them with refresh tokens.",
        flows = @OAuthFlows(
                authorizationCode = @OAuthFlow(
                        authorizationUrl = "https://auth.aftercare.example.com/realms/aftercare/protocol/openid-connect/auth",
                        tokenUrl = "https://auth.aftercare.example.com/realms/aftercare/protocol/openid-connect/token",
                        refreshUrl = "https://auth.aftercare.example.com/realms/aftercare/protocol/openid-connect/token",
                        scopes = @OAuthScope(name = "openid", description = "OpenID Connect sign-in")),
                clientCredentials = @OAuthFlow(
                        tokenUrl = "https://auth.aftercare.example.com/realms/aftercare/protocol/openid-connect/token",
                        refreshUrl = "https://auth.aftercare.example.com/realms/aftercare/protocol/openid-connect/token",
                        scopes = @OAuthScope(name = "openid", description = "OpenID Connect"))))
public class AftercareApi extends Application {
}
