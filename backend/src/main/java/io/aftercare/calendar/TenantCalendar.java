package io.aftercare.calendar;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;

@Entity
@Table(name = "tenant_calendar")
public class TenantCalendar extends TenantOwned {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working_days", nullable = false)
    public List<DayOfWeek> workingDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CalendarDtos.CalendarDay> holidays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "make_up_working_days", nullable = false)
    public List<CalendarDtos.CalendarDay> makeUpWorkingDays;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
