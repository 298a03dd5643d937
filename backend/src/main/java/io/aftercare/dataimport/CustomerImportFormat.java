package io.aftercare.dataimport;

import io.aftercare.customer.CustomerDtos;
import io.aftercare.customer.CustomerImport;
import io.aftercare.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A customers file: one row per customer, optionally with its first contact and first site. {@code kind} is PERSON
 * (the default) or COMPANY, or 个人 / 公司 as Chinese spreadsheets say it.
 */
@ApplicationScoped
class CustomerImportFormat implements ImportFormat {

    static final List<String> COLUMNS = List.of("kind", "name", "phone", "email", "notes",
            "contact_name", "contact_phone", "contact_email", "contact_role",
            "site_label", "site_address", "site_latitude", "site_longitude");
    private static final List<String> CONTACT = List.of("contact_name", "contact_phone", "contact_email", "contact_role");
    private static final List<String> SITE = List.of("site_label", "site_address", "site_latitude", "site_longitude");

    private final CustomerImport customers;
    private final Validator validator;

    CustomerImportFormat(CustomerImport customers, Validator validator) {
        this.customers = customers;
        this.validator = validator;
    }

    @Override
    public ImportDtos.ImportKind kind() {
        return ImportDtos.ImportKind.CUSTOMERS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("name", "phone");
    }

    @Override
    public List<List<FieldError>> importBatch(List<Map<String, String>> rows) {
        List<List<FieldError>> outcomes = new ArrayList<>(rows.size());
        List<CustomerDtos.CreateCustomerRequest> valid = new ArrayList<>();
        List<Integer> validRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            List<FieldError> errors = new ArrayList<>();
            CustomerDtos.CustomerKind kind = kind(row.get("kind"), errors);
            List<CustomerDtos.ContactRequest> contacts = CONTACT.stream().anyMatch(c -> row.get(c) != null)
                    ? List.of(new CustomerDtos.ContactRequest(row.get("contact_name"), row.get("contact_phone"),
                            row.get("contact_email"), row.get("contact_role")))
                    : List.of();
            List<CustomerDtos.SiteRequest> sites = List.of();
            if (SITE.stream().anyMatch(c -> row.get(c) != null)) {
                Double latitude = ImportFormat.number(row, "site_latitude", errors);
                Double longitude = ImportFormat.number(row, "site_longitude", errors);
                sites = List.of(new CustomerDtos.SiteRequest(row.get("site_label"), row.get("site_address"), latitude, longitude));
            }
            CustomerDtos.CreateCustomerRequest request = new CustomerDtos.CreateCustomerRequest(kind, row.get("name"),
                    row.get("phone"), row.get("email"), row.get("notes"), contacts, sites, null);
            ImportFormat.addNew(errors, ImportFormat.violations(validator, request, CustomerImportFormat::column));
            outcomes.add(errors);
            if (errors.isEmpty()) {
                valid.add(request);
                validRows.add(i);
            }
        }
        List<List<FieldError>> refused = customers.createImported(valid);
        for (int j = 0; j < refused.size(); j++) {
            List<FieldError> errors = outcomes.get(validRows.get(j));
            refused.get(j).forEach(e -> errors.add(new FieldError(column(e.field()), e.message())));
        }
        return outcomes;
    }

    private static CustomerDtos.CustomerKind kind(String text, List<FieldError> errors) {
        if (text == null) {
            return CustomerDtos.CustomerKind.PERSON;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "PERSON", "个人" -> CustomerDtos.CustomerKind.PERSON;
            case "COMPANY", "公司", "企业", "单位" -> CustomerDtos.CustomerKind.COMPANY;
            default -> {
                errors.add(new FieldError("kind", "PERSON or COMPANY (个人 or 公司)"));
                yield CustomerDtos.CustomerKind.PERSON;
            }
        };
    }

    /** The column a request property came from: {@code contacts[0].phone} → {@code contact_phone}. */
    static String column(String path) {
        if (path.isEmpty()) {
            return "row";
        }
        if (path.startsWith("contacts[0].")) {
            return "contact_" + ImportFormat.snake(path.substring("contacts[0].".length()));
        }
        if (path.startsWith("sites[0].")) {
            return "site_" + ImportFormat.snake(path.substring("sites[0].".length()));
        }
        return ImportFormat.snake(path);
    }
}
