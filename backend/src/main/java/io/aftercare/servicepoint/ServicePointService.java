package io.aftercare.servicepoint;

import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.Texts;
import io.aftercare.audit.AuditLog;
import io.aftercare.persistence.KeysetQuery;
import io.aftercare.persistence.ReferencedRows;
import io.aftercare.persistence.SqlStates;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.staff.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The tenant's branches, monitoring centres and partner repair shops. */
@ApplicationScoped
public class ServicePointService {

    static final String ENTITY = "service-point";

    private final AuditLog audit;
    private final StaffService staff;

    public ServicePointService(AuditLog audit, StaffService staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @Transactional
    public Keyset.Slice<ServicePointDtos.ServicePointView> list(ServicePointDtos.ServicePointKind kind, Integer limit, String cursor) {
        KeysetQuery query = KeysetQuery.ascending(limit, cursor);
        if (kind != null) {
            query.and("kind = :kind", "kind", kind);
        }
        List<ServicePoint> rows = query.rows((where, params) -> ServicePoint.find(where, params));
        return Keyset.slice(rows, query.limit(), p -> p.id, ServicePointDtos.ServicePointView::of);
    }

    @Transactional
    public ServicePointDtos.ServicePointView get(UUID id) {
        return ServicePointDtos.ServicePointView.of(find(id));
    }

    @Transactional
    public ServicePointDtos.ServicePointView create(ServicePointDtos.CreateServicePointRequest request) {
        requireStaff(request.managerId());
        requireFreeName(request.name(), null);
        ServicePoint point = new ServicePoint();
        point.id = Ids.newId();
        point.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(point, request.kind(), request.name(), request.address(), request.phone(), request.managerId(), point.createdAt);
        write(point::persistAndFlush, request.name());
        ServicePointDtos.ServicePointView view = ServicePointDtos.ServicePointView.of(point);
        audit.record("service-point.created", ENTITY, point.id, null, view);
        return view;
    }

    @Transactional
    public ServicePointDtos.ServicePointView update(UUID id, ServicePointDtos.UpdateServicePointRequest request) {
        ServicePoint point = find(id);
        if (request.version() != point.version) {
            throw ProblemException.staleVersion("The service point", request.version(), point.version);
        }
        requireStaff(request.managerId());
        requireFreeName(request.name(), id);
        ServicePointDtos.ServicePointView before = ServicePointDtos.ServicePointView.of(point);
        apply(point, request.kind(), request.name(), request.address(), request.phone(), request.managerId(),
                OffsetDateTime.now(ZoneOffset.UTC));
        write(() -> ServicePoint.flush(), request.name());
        ServicePointDtos.ServicePointView after = ServicePointDtos.ServicePointView.of(point);
        audit.record("service-point.updated", ENTITY, id, before, after);
        return after;
    }

    /** A service point that installers or work orders belong to stays (409); the database's foreign keys say which. */
    @Transactional
    public void delete(UUID id) {
        ServicePoint point = find(id);
        ServicePointDtos.ServicePointView before = ServicePointDtos.ServicePointView.of(point);
        ReferencedRows.delete(point, "The service point " + point.name + " has installers or work orders and cannot be deleted.");
        audit.record("service-point.deleted", ENTITY, id, before, null);
    }

    /** Whether the tenant has this service point; other features check their references with it. */
    @Transactional
    public boolean exists(UUID id) {
        return ServicePoint.count("id", id) > 0;
    }

    private static void apply(ServicePoint point, ServicePointDtos.ServicePointKind kind, String name, String address,
                              String phone, UUID managerId, OffsetDateTime now) {
        point.kind = kind;
        point.name = name.strip();
        point.address = address.strip();
        point.phone = Texts.blankToNull(phone);
        point.managerId = managerId;
        point.updatedAt = now;
    }

    private void requireStaff(UUID managerId) {
        if (managerId != null && !staff.exists(managerId)) {
            throw ProblemException.invalidField("managerId", "no staff account with this id in your tenant");
        }
    }

    private static void requireFreeName(String name, UUID self) {
        String stripped = name.strip();
        long taken = self == null ? ServicePoint.count("name", stripped)
                : ServicePoint.count("name = ?1 and id <> ?2", stripped, self);
        if (taken > 0) {
            throw nameTaken(stripped);
        }
    }

    private static ProblemException nameTaken(String name) {
        return new ProblemException(409, "name-taken", "Name taken", "Another service point is called " + name + ".",
                List.of(new FieldError("name", "another service point has this name")));
    }

    /** A concurrent writer may take the name between the check and the write: the unique key decides. */
    private static void write(Runnable flush, String name) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw nameTaken(name.strip());
            }
            throw e;
        }
    }

    private static ServicePoint find(UUID id) {
        return ServicePoint.<ServicePoint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The service point " + id));
    }

}
