package io.aftercare.attendance;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One clock-in of a staff member, closed by the clock-out; at most one open per person. */
@Entity
@Table(name = "attendance_clock")
public class AttendanceClock extends TenantOwned {

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public LocalDate day;

    @Column(name = "clock_in_at", nullable = false)
    public OffsetDateTime clockInAt;

    @Column(name = "clock_out_at")
    public OffsetDateTime clockOutAt;

    @Column(name = "in_latitude")
    public Double inLatitude;

    @Column(name = "in_longitude")
    public Double inLongitude;

    @Column(name = "in_place")
    public String inPlace;

    @Column(name = "out_latitude")
    public Double outLatitude;

    @Column(name = "out_longitude")
    public Double outLongitude;

    @Column(name = "out_place")
    public String outPlace;

    @Version
    public int version;
}
