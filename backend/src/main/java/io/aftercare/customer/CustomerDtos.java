package io.aftercare.customer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aftercare.api.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class CustomerDtos {

    /** At least 5 digits; digits, spaces, parentheses and dashes, with an optional leading +. */
    public static final String PHONE = "^(?=(?:[^0-9]*[0-9]){5})\\+?[0-9 ()-]{5,30}$";
    public static final String PHONE_MESSAGE = "a phone number of at least 5 digits (digits, spaces, ( ) - and a leading + allowed)";

    private CustomerDtos() {
    }

    @Schema(name = "CustomerKind", description = "A private person or a company.")
    public enum CustomerKind { PERSON, COMPANY }

    @Schema(name = "Customer", description = "A customer of the tenant with its contacts and sites.",
            requiredProperties = {"id", "kind", "name", "phone", "contacts", "sites", "createdAt", "updatedAt", "version"})
    public record CustomerView(
            UUID id,
            CustomerKind kind,
            @Schema(examples = "王芳") @Size(max = 200) String name,
            @Schema(description = "Primary phone, unique in the tenant.", examples = "138-1234-5678") @Size(max = 30) String phone,
            @Schema(format = "email") @Size(max = 254) String email,
            @Size(max = 2000) String notes,
            @Size(max = 200) List<ContactView> contacts,
            @Size(max = 200) List<SiteView> sites,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(minimum = "0", maximum = "2147483647") int version,
            @Schema(description = "The language of what we send the customer; absent: the tenant's.") Language language,
            @Schema(description = "When the customer opted out of maintenance campaigns; they are sent none from then on.")
            OffsetDateTime campaignOptOutAt) {

        static CustomerView of(Customer c, List<CustomerContact> contacts, List<CustomerSite> sites) {
            return new CustomerView(c.id, c.kind, c.name, c.phone, c.email, c.notes,
                    contacts.stream().map(ContactView::of).toList(), sites.stream().map(SiteView::of).toList(),
                    c.createdAt, c.updatedAt, c.version, Language.of(c.language), c.campaignOptOutAt);
        }
    }

    @Schema(name = "CustomerSummary", description = "A customer as lists show it; read one for its contacts and sites.",
            requiredProperties = {"id", "kind", "name", "phone", "createdAt", "version"})
    public record CustomerSummaryView(
            UUID id,
            CustomerKind kind,
            @Size(max = 200) String name,
            @Size(max = 30) String phone,
            @Schema(format = "email") @Size(max = 254) String email,
            OffsetDateTime createdAt,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static CustomerSummaryView of(Customer c) {
            return new CustomerSummaryView(c.id, c.kind, c.name, c.phone, c.email, c.createdAt, c.version);
        }
    }

    @Schema(name = "CustomerPage", requiredProperties = "items")
    public record CustomerPage(@Size(max = 200) List<CustomerSummaryView> items,
                               @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                               @Size(max = 200) String nextCursor) {
    }

    @Schema(name = "CustomerContact", description = "A person to talk to at the customer.",
            requiredProperties = {"id", "name", "phone", "version"})
    public record ContactView(
            UUID id,
            @Schema(examples = "李强") @Size(max = 200) String name,
            @Schema(examples = "139 8765 4321") @Size(max = 30) String phone,
            @Schema(format = "email") @Size(max = 254) String email,
            @Schema(description = "What the person is to the customer.", examples = "采购经理") @Size(max = 100) String role,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static ContactView of(CustomerContact c) {
            return new ContactView(c.id, c.name, c.phone, c.email, c.role, c.version);
        }
    }

    @Schema(name = "CustomerSite", description = "A place of the customer where installers work.",
            requiredProperties = {"id", "label", "address", "version"})
    public record SiteView(
            UUID id,
            @Schema(description = "Unique among the customer's sites.", examples = "仓库") @Size(max = 100) String label,
            @Schema(examples = "浙江省杭州市西湖区文三路 100 号") @Size(max = 500) String address,
            @Schema(minimum = "-90", maximum = "90") Double latitude,
            @Schema(minimum = "-180", maximum = "180") Double longitude,
            @Schema(minimum = "0", maximum = "2147483647") int version) {

        static SiteView of(CustomerSite s) {
            return new SiteView(s.id, s.label, s.address, s.latitude, s.longitude, s.version);
        }
    }

    /** What other features know of a site they refer to. */
    public record SiteRef(UUID id, UUID customerId, String label) {

        static SiteRef of(CustomerSite s) {
            return new SiteRef(s.id, s.customerId, s.label);
        }
    }

    /** A customer's name and phone, for lists that show whom to call. */
    public record Card(String name, String phone) {
    }

    /** Customers' names and sites' addresses, by id: how lists show whom and where. */
    public record Labels(Map<UUID, String> names, Map<UUID, String> addresses) {
    }

    /** A site's address and coordinates: where the installer goes. */
    public record SiteAddress(UUID id, String address, Double latitude, Double longitude) {
    }

    @Schema(name = "CustomerHit", description = "A customer found by the global search.", requiredProperties = {"id", "name", "phone"})
    public record CustomerHit(UUID id, @Schema(examples = "王芳") @Size(max = 200) String name,
                              @Schema(examples = "138-1234-5678") @Size(max = 30) String phone) {
    }

    @Schema(name = "CreateCustomerRequest", description = "A new customer, optionally with its first contacts and sites.")
    public record CreateCustomerRequest(
            @NotNull CustomerKind kind,
            @Schema(examples = "王芳") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Schema(examples = "138-1234-5678") @NotBlank @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(format = "email") @Email @Size(max = 254) String email,
            @Size(max = 2000) String notes,
            @Size(max = 50) List<@NotNull @Valid ContactRequest> contacts,
            @Size(max = 50) List<@NotNull @Valid SiteRequest> sites,
            @Schema(description = "The language of what we send the customer; absent: the tenant's.") Language language) {
    }

    @Schema(name = "CustomerLanguage", description = "zh-CN: Chinese; en: English.")
    public enum Language {
        @JsonProperty("zh-CN") ZH_CN("zh-CN"),
        @JsonProperty("en") EN("en");

        /** The BCP 47 tag kept in the database. */
        public final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        static Language of(String tag) {
            for (Language l : values()) {
                if (l.tag.equals(tag)) {
                    return l;
                }
            }
            return null;
        }
    }

    @Schema(name = "UpdateCustomerRequest", description = "The customer's own fields with the `version` you read; "
            + "omitted optional fields are removed. Contacts and sites change through their own paths.")
    public record UpdateCustomerRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotNull CustomerKind kind,
            @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @NotBlank @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(format = "email") @Email @Size(max = 254) String email,
            @Size(max = 2000) String notes,
            @Schema(description = "The language of what we send the customer; absent: the tenant's.") Language language) {
    }

    @Schema(name = "CustomerContactRequest", description = "A contact to add.")
    public record ContactRequest(
            @Schema(examples = "李强") @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @Schema(examples = "139 8765 4321") @NotBlank @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(format = "email") @Email @Size(max = 254) String email,
            @Schema(examples = "采购经理") @Size(max = 100) String role) {
    }

    @Schema(name = "UpdateCustomerContactRequest", description = "The whole contact with the `version` you read.")
    public record UpdateContactRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 200) @Pattern(regexp = Texts.NAME_PATTERN, message = Texts.NAME_MESSAGE) String name,
            @NotBlank @Size(max = 30) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Schema(format = "email") @Email @Size(max = 254) String email,
            @Size(max = 100) String role) {
    }

    @Schema(name = "CustomerSiteRequest", description = "A site to add; give both coordinates or neither.")
    public record SiteRequest(
            @Schema(examples = "仓库") @NotBlank @Size(max = 100) String label,
            @Schema(examples = "浙江省杭州市西湖区文三路 100 号") @NotBlank @Size(max = 500) String address,
            @Schema(examples = "30.2741") @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @Schema(examples = "120.1551") @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    @Schema(name = "UpdateCustomerSiteRequest", description = "The whole site with the `version` you read; give both "
            + "coordinates or neither.")
    public record UpdateSiteRequest(
            @Schema(minimum = "0", maximum = "2147483647") @NotNull @Min(0) Integer version,
            @NotBlank @Size(max = 100) String label,
            @NotBlank @Size(max = 500) String address,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
