package io.aftercare.customer;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/**
 * Managers and dispatchers keep customers; installers read them (they need addresses and whom to call).
 * Partners see none of it: identity and contact details are confidential (DOMAIN.md, outsourced installation).
 */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Customers")
public class CustomerResource {

    private final CustomerService customers;
    private final Idempotency idempotency;

    public CustomerResource(CustomerService customers, Idempotency idempotency) {
        this.customers = customers;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Find customers",
            description = "Customers of the tenant, oldest first, keyset-paginated. `phone` finds a caller while the phone "
                    + "rings: it matches the start of the digits of a customer's phone or of one of its contacts' phones "
                    + "(spaces and dashes do not matter; at least 3 digits). `q` matches any part of the name, ignoring case.")
    @APIResponse(responseCode = "200", description = "A page of customers, oldest first.")
    public CustomerDtos.CustomerPage listCustomers(
            @Parameter(description = "Start of a phone number of the customer or of one of its contacts; at least 3 digits.",
                    example = "138 1234")
            @QueryParam("phone") @Size(min = 1, max = 30) @Pattern(regexp = "^[0-9 +()-]+$",
                    message = "digits, spaces, ( ) - and + only") String phone,
            @Parameter(description = "Part of the customer's name.", example = "王")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Parameter(description = "Only customers of this kind.", schema = @Schema(implementation = CustomerDtos.CustomerKind.class))
            @QueryParam("kind") String kind,
            @BeanParam @Valid PageRequest page) {
        var slice = customers.list(QueryValues.enumValue(CustomerDtos.CustomerKind.class, "kind", kind), q, phone, page.limit(), page.cursor());
        return new CustomerDtos.CustomerPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Register a customer",
            description = "A person or company with its primary phone (unique in the tenant) and, optionally, its first "
                    + "contacts and sites.")
    @APIResponse(responseCode = "201", description = "The customer was registered.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.CustomerView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.CustomerView.class)))
    public RestResponse<CustomerDtos.CustomerView> createCustomer(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid CustomerDtos.CreateCustomerRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createCustomer", body, CustomerDtos.CustomerView.class,
                () -> customers.create(body));
        return outcome.toResponse(URI.create("/api/v1/customers/" + outcome.body().id()));
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a customer", description = "The customer with all its contacts and sites; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The customer.")
    public CustomerDtos.CustomerView getCustomer(@PathParam("customerId") UUID customerId) {
        return customers.get(customerId);
    }

    @PUT
    @Path("/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Change a customer",
            description = "Replaces the customer's own fields; send the `version` you read (a stale one answers 409). "
                    + "Contacts and sites are changed through their own paths.")
    @APIResponse(responseCode = "200", description = "The customer as changed.")
    public CustomerDtos.CustomerView updateCustomer(@PathParam("customerId") UUID customerId,
                                                    @NotNull @Valid CustomerDtos.UpdateCustomerRequest body) {
        return customers.update(customerId, body);
    }

    @DELETE
    @Path("/{customerId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Delete a customer",
            description = "Deletes the customer with its contacts and sites. A customer that assets or work orders refer "
                    + "to cannot be deleted (409).")
    @APIResponse(responseCode = "204", description = "The customer was deleted.")
    public void deleteCustomer(@PathParam("customerId") UUID customerId) {
        customers.delete(customerId);
    }

    @POST
    @Path("/{customerId}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Add a contact to a customer", description = "A person to talk to at the customer; the phone search finds the customer by this phone too.")
    @APIResponse(responseCode = "201", description = "The contact was added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.ContactView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.ContactView.class)))
    public RestResponse<CustomerDtos.ContactView> addCustomerContact(
            @PathParam("customerId") UUID customerId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid CustomerDtos.ContactRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "addCustomerContact:" + customerId, body,
                CustomerDtos.ContactView.class, () -> customers.addContact(customerId, body));
        return outcome.toResponse(URI.create("/api/v1/customers/" + customerId + "/contacts/" + outcome.body().id()));
    }

    @GET
    @Path("/{customerId}/contacts/{contactId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a contact of a customer", description = "One contact; a contact of another customer or tenant answers 404.")
    @APIResponse(responseCode = "200", description = "The contact.")
    public CustomerDtos.ContactView getCustomerContact(@PathParam("customerId") UUID customerId,
                                                       @PathParam("contactId") UUID contactId) {
        return customers.getContact(customerId, contactId);
    }

    @PUT
    @Path("/{customerId}/contacts/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Change a contact of a customer", description = "Send the whole contact with the `version` you read; a stale one answers 409.")
    @APIResponse(responseCode = "200", description = "The contact as changed.")
    public CustomerDtos.ContactView updateCustomerContact(@PathParam("customerId") UUID customerId,
                                                          @PathParam("contactId") UUID contactId,
                                                          @NotNull @Valid CustomerDtos.UpdateContactRequest body) {
        return customers.updateContact(customerId, contactId, body);
    }

    @DELETE
    @Path("/{customerId}/contacts/{contactId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Remove a contact from a customer", description = "The contact is deleted.")
    @APIResponse(responseCode = "204", description = "The contact was removed.")
    public void removeCustomerContact(@PathParam("customerId") UUID customerId, @PathParam("contactId") UUID contactId) {
        customers.removeContact(customerId, contactId);
    }

    @POST
    @Path("/{customerId}/sites")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Add a site to a customer", description = "A place where installers work; its label is unique among the customer's sites.")
    @APIResponse(responseCode = "201", description = "The site was added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.SiteView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerDtos.SiteView.class)))
    public RestResponse<CustomerDtos.SiteView> addCustomerSite(
            @PathParam("customerId") UUID customerId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid CustomerDtos.SiteRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "addCustomerSite:" + customerId, body,
                CustomerDtos.SiteView.class, () -> customers.addSite(customerId, body));
        return outcome.toResponse(URI.create("/api/v1/customers/" + customerId + "/sites/" + outcome.body().id()));
    }

    @GET
    @Path("/{customerId}/sites/{siteId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Read a site of a customer", description = "One site; a site of another customer or tenant answers 404.")
    @APIResponse(responseCode = "200", description = "The site.")
    public CustomerDtos.SiteView getCustomerSite(@PathParam("customerId") UUID customerId, @PathParam("siteId") UUID siteId) {
        return customers.getSite(customerId, siteId);
    }

    @PUT
    @Path("/{customerId}/sites/{siteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Change a site of a customer", description = "Send the whole site with the `version` you read; a stale one answers 409.")
    @APIResponse(responseCode = "200", description = "The site as changed.")
    public CustomerDtos.SiteView updateCustomerSite(@PathParam("customerId") UUID customerId, @PathParam("siteId") UUID siteId,
                                                    @NotNull @Valid CustomerDtos.UpdateSiteRequest body) {
        return customers.updateSite(customerId, siteId, body);
    }

    @DELETE
    @Path("/{customerId}/sites/{siteId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Remove a site from a customer",
            description = "A site that assets or work orders refer to cannot be removed (409).")
    @APIResponse(responseCode = "204", description = "The site was removed.")
    public void removeCustomerSite(@PathParam("customerId") UUID customerId, @PathParam("siteId") UUID siteId) {
        customers.removeSite(customerId, siteId);
    }
}
