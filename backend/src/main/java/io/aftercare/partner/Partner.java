package io.aftercare.partner;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An outsourcing partner (外包方): a company installing for the tenant under agreements. */
@Entity
@Table(name = "partner")
public class Partner extends TenantOwned {

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PartnerDtos.Contact> contacts = new ArrayList<>();

    @Column(name = "bank_account_name")
    public String bankAccountName;

    @Column(name = "bank_name")
    public String bankName;

    /** Stored in full for payment; every answer shows it masked. */
    @Column(name = "bank_account_number")
    public String bankAccountNumber;

    @Column(name = "construction_qualification")
    public String constructionQualification;

    @Column(name = "construction_qualification_valid_to")
    public java.time.LocalDate constructionQualificationValidTo;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;
}
