package io.aftercare.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One country's public holidays and make-up working days of one year, published by the platform admin. Not tenant-owned. */
@Entity
@Table(name = "country_calendar")
public class CountryCalendar extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CalendarDtos.CalendarDay> holidays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "make_up_working_days", nullable = false)
    public List<CalendarDtos.CalendarDay> makeUpWorkingDays;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
