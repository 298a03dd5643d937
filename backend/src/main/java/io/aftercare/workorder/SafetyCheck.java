package io.aftercare.workorder;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The safety checklist (DOMAIN.md), one item per field of {@link WorkOrderDtos.SafetyChecklist} (its key), in the
 * order the installer works through them. Which items apply follows from the order's tasks and type.
 */
@Schema(name = "SafetyCheckKey", description = "A safety check, named as its field of the completion's `checklist`.")
public enum SafetyCheck {
    @JsonProperty("powerOffBeforeWork") POWER_OFF_BEFORE_WORK("powerOffBeforeWork",
            "power must be switched off before electrical work", WorkOrderDtos.SafetyChecklist::powerOffBeforeWork),
    @JsonProperty("electricalSafetyChecked") ELECTRICAL_SAFETY_CHECKED("electricalSafetyChecked",
            "an electrical safety check is required after wiring", WorkOrderDtos.SafetyChecklist::electricalSafetyChecked),
    @JsonProperty("flammableGasChecked") FLAMMABLE_GAS_CHECKED("flammableGasChecked",
            "the surroundings must be checked for flammable gas", WorkOrderDtos.SafetyChecklist::flammableGasChecked),
    @JsonProperty("trialRunLeakChecked") TRIAL_RUN_LEAK_CHECKED("trialRunLeakChecked",
            "a trial run with leak check is required", WorkOrderDtos.SafetyChecklist::trialRunLeakChecked),
    /** Always asked: were hazards found in the customer's supply (yes or no)? */
    @JsonProperty("hazardsFound") HAZARDS_FOUND("hazardsFound",
            "say whether hazards were found in the customer's supply", WorkOrderDtos.SafetyChecklist::hazardsFound),
    /** Required only when hazards were found. */
    @JsonProperty("hazardsReportedToCustomer") HAZARDS_REPORTED_TO_CUSTOMER("hazardsReportedToCustomer",
            "found hazards must be reported to the customer", WorkOrderDtos.SafetyChecklist::hazardsReportedToCustomer);

    final String key;
    final String message;
    final Function<WorkOrderDtos.SafetyChecklist, Boolean> answer;

    SafetyCheck(String key, String message, Function<WorkOrderDtos.SafetyChecklist, Boolean> answer) {
        this.key = key;
        this.message = message;
        this.answer = answer;
    }

    /** The checks that apply to the order: electrical work, welding, installations and repairs, and hazards always. */
    static List<SafetyCheck> applicableTo(WorkOrder order) {
        List<SafetyCheck> checks = new ArrayList<>();
        if (order.tasks.electricalWork()) {
            checks.add(POWER_OFF_BEFORE_WORK);
            checks.add(ELECTRICAL_SAFETY_CHECKED);
        }
        if (order.tasks.welding()) {
            checks.add(FLAMMABLE_GAS_CHECKED);
        }
        if (order.type == WorkOrderDtos.WorkOrderType.INSTALLATION || order.type == WorkOrderDtos.WorkOrderType.REPAIR) {
            checks.add(TRIAL_RUN_LEAK_CHECKED);
        }
        checks.add(HAZARDS_FOUND);
        checks.add(HAZARDS_REPORTED_TO_CUSTOMER);
        return checks;
    }
}
