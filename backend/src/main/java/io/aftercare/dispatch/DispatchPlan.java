package io.aftercare.dispatch;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A run of "optimise the day", from queued to its proposal, and which of its changes were applied. */
@Entity
@Table(name = "dispatch_plan")
public class DispatchPlan extends TenantOwned {

    /** What the run proposes: the orders it moves, and those no installer can take within the rules. */
    public record Proposal(List<DispatchDtos.Change> changes, List<DispatchDtos.Unplaced> unplaced) {
    }

    @Column(nullable = false, updatable = false)
    public LocalDate day;

    @Column(name = "service_point_id", updatable = false)
    public UUID servicePointId;

    @Column(name = "allow_window_moves", nullable = false, updatable = false)
    public boolean allowWindowMoves;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DispatchDtos.PlanStatus status;

    @Column(name = "limit_seconds", nullable = false, updatable = false)
    public int limitSeconds;

    @Column(name = "elapsed_ms", nullable = false)
    public int elapsedMs;

    @Column(name = "best_score")
    public String bestScore;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public String failure;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_figures")
    public DispatchDtos.Figures before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_figures")
    public DispatchDtos.Figures after;

    @JdbcTypeCode(SqlTypes.JSON)
    public Proposal proposal;

    @Version
    public int version;

    DispatchDtos.Plan view() {
        return new DispatchDtos.Plan(id, day, servicePointId, allowWindowMoves, status, limitSeconds, elapsedMs, bestScore, before, after,
                proposal == null ? List.of() : proposal.changes(), proposal == null ? List.of() : proposal.unplaced(), requestedAt,
                finishedAt, failure);
    }
}
