package uk.icr.carer;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An unpaid carer. The walking skeleton keeps only who they are. */
@Entity
@Table(name = "carer")
public class Carer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    /** The carer's own NHS number, when it is known. */
    @Column(name = "nhs_number", length = 10)
    public String nhsNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarerStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Carer identify(String name, String nhsNumber) {
        Carer carer = new Carer();
        carer.id = UUID.randomUUID();
        carer.name = name.trim();
        carer.nhsNumber = nhsNumber;
        carer.status = CarerStatus.IDENTIFIED;
        carer.createdAt = OffsetDateTime.now();
        return carer;
    }
}
