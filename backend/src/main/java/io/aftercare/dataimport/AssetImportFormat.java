package io.aftercare.dataimport;

import io.aftercare.asset.AssetDtos;
import io.aftercare.asset.AssetService;
import io.aftercare.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An assets file: one row per installed product. The customer is named by its primary phone, the product model by
 * its catalogue code and the site (optional) by its label among the customer's sites; import customers first.
 */
@ApplicationScoped
class AssetImportFormat implements ImportFormat {

    static final List<String> COLUMNS = List.of("customer_phone", "site_label", "product_code", "serial_number",
            "terminal_id", "sim_id", "vehicle_plate", "install_date", "warranty_end");

    private final AssetService assets;
    private final Validator validator;

    AssetImportFormat(AssetService assets, Validator validator) {
        this.assets = assets;
        this.validator = validator;
    }

    @Override
    public ImportDtos.ImportKind kind() {
        return ImportDtos.ImportKind.ASSETS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("customer_phone", "product_code", "serial_number");
    }

    @Override
    public List<List<FieldError>> importBatch(List<Map<String, String>> rows) {
        List<List<FieldError>> outcomes = new ArrayList<>(rows.size());
        List<AssetDtos.ImportedAsset> valid = new ArrayList<>();
        List<Integer> validRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            List<FieldError> errors = new ArrayList<>();
            AssetDtos.ImportedAsset asset = new AssetDtos.ImportedAsset(row.get("customer_phone"), row.get("site_label"),
                    row.get("product_code"), row.get("serial_number"), row.get("terminal_id"), row.get("sim_id"),
                    row.get("vehicle_plate"), ImportFormat.date(row, "install_date", errors),
                    ImportFormat.date(row, "warranty_end", errors));
            ImportFormat.addNew(errors, ImportFormat.violations(validator, asset, AssetImportFormat::column));
            outcomes.add(errors);
            if (errors.isEmpty()) {
                valid.add(asset);
                validRows.add(i);
            }
        }
        List<List<FieldError>> refused = assets.createImported(valid);
        for (int j = 0; j < refused.size(); j++) {
            List<FieldError> errors = outcomes.get(validRows.get(j));
            refused.get(j).forEach(e -> errors.add(new FieldError(column(e.field()), e.message())));
        }
        return outcomes;
    }

    static String column(String path) {
        return path.isEmpty() ? "row" : ImportFormat.snake(path);
    }
}
