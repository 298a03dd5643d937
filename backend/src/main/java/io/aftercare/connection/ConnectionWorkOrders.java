package io.aftercare.connection;

import io.aftercare.problem.ProblemException;
import io.aftercare.workorder.WorkOrderDtos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Which work orders an application admits: a survey (INSPECTION) while the plan is awaited; an INSTALLATION only on an
 * approved design; an INSPECTION of the work only on an approved design (不经审核同意，不得据以施工，否则不予检验和接电).
 */
@ApplicationScoped
public class ConnectionWorkOrders implements WorkOrderDtos.ConnectionWorkGate {

    private final ConnectionRecords records;

    public ConnectionWorkOrders(ConnectionRecords records) {
        this.records = records;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(UUID applicationId, UUID customerId, WorkOrderDtos.WorkOrderType type) {
        ConnectionApplication application = ConnectionApplication.<ConnectionApplication>findByIdOptional(applicationId)
                .orElseThrow(() -> ProblemException.invalidField("connectionApplicationId", "no connection application of your tenant has this id"));
        if (!application.customerId.equals(customerId)) {
            throw ProblemException.invalidField("connectionApplicationId", "is an application of another customer");
        }
        if (application.status.next().isEmpty()) {
            throw ConnectionRecords.notNow(application, "work-order-created");
        }
        boolean approved = switch (application.status) {
            case DESIGN_APPROVED, CONSTRUCTION, ACCEPTED -> true;
            default -> false;
        };
        switch (type) {
            case INSTALLATION -> {
                if (!approved) {
                    throw ConnectionRecords.designNotApproved(application, "An installation order");
                }
            }
            case INSPECTION -> {
                if (!approved && application.status != ConnectionDtos.Status.APPLIED) {
                    throw ConnectionRecords.designNotApproved(application, "An inspection of the work");
                }
            }
            default -> throw ProblemException.invalidField("type", "connection work is a survey or inspection (INSPECTION) or an INSTALLATION");
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(UUID applicationId, UUID orderId, String number, WorkOrderDtos.WorkOrderType type) {
        records.record(records.find(applicationId), "work-order-created", Map.of("workOrderNumber", number, "type", type.name(),
                "survey", Boolean.toString(type == WorkOrderDtos.WorkOrderType.INSPECTION && records.find(applicationId).status
                        == ConnectionDtos.Status.APPLIED)));
    }
}
