package io.aftercare.asset;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An installed product at a customer: which model, its serial, device ids and warranty. */
@Entity
@Table(name = "asset")
public class Asset extends TenantOwned {

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    /** A site of the same customer; the database's (customer, site) key holds it to that. */
    @Column(name = "site_id")
    public UUID siteId;

    /** The product model: a catalogue item of kind PRODUCT. */
    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(name = "serial_number", nullable = false)
    public String serialNumber;

    /** The serial number in capitals, computed by the database: what serials are compared and searched as. */
    @Column(name = "serial_key", insertable = false, updatable = false)
    public String serialKey;

    @Column(name = "terminal_id")
    public String terminalId;

    @Column(name = "sim_id")
    public String simId;

    /** In capitals without spaces or separators, so that a typed plate finds it. */
    @Column(name = "vehicle_plate")
    public String vehiclePlate;

    @Column(name = "install_date")
    public LocalDate installDate;

    @Column(name = "warranty_end")
    public LocalDate warrantyEnd;

    /** The sales contract's number on the warranty card. */
    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
