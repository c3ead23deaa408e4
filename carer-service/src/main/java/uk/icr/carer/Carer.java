package uk.icr.carer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.carer.relationships.CaringFor;
import uk.icr.carer.support.SupportPlan;
import uk.icr.kit.time.Timestamps;

/** An unpaid carer: a record of their own, with whom they care for, their support plan and their status. */
@Entity
@Table(name = "carer")
public class Carer extends PanacheEntityBase {

    /** Under 18: a young carer, and a children's services consideration (Children and Families Act 2014 s96). */
    public static final int ADULT_AGE = 18;

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    /** The carer's own NHS number, when it is known. */
    @Column(name = "nhs_number", length = 10)
    public String nhsNumber;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String phone;

    public String email;

    public String address;

    @Enumerated(EnumType.STRING)
    public Employment employment;

    @Enumerated(EnumType.STRING)
    @Column(name = "identified_via", nullable = false)
    public IdentifiedVia identifiedVia;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "caring_for", nullable = false)
    public List<CaringFor> caringFor = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "support_plan")
    public SupportPlan supportPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarerStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    static Carer identify(CarerDetails details) {
        Carer carer = new Carer();
        carer.id = UUID.randomUUID();
        carer.status = CarerStatus.IDENTIFIED;
        carer.createdAt = Timestamps.now();
        carer.record(details);
        return carer;
    }

    /** Takes what the details say; the links the service set on each relationship are kept. */
    void record(CarerDetails details) {
        name = details.name().strip();
        nhsNumber = details.nhsNumber();
        dateOfBirth = details.dateOfBirth();
        phone = details.phone();
        email = details.email();
        address = details.address();
        employment = details.employment();
        identifiedVia = details.identifiedVia();
        List<CaringFor> kept = new ArrayList<>();
        for (CaringFor relationship : details.caringForOrEmpty()) {
            kept.add(relationship.keeping(caringFor(relationship.caredForNhsNumber())));
        }
        caringFor = kept;
        updatedAt = Timestamps.now();
    }

    public CarerDetails details() {
        return new CarerDetails(name, nhsNumber, dateOfBirth, phone, email, address, employment, identifiedVia,
                List.copyOf(caringFor));
    }

    public CaringFor caringFor(String caredForNhsNumber) {
        return caringFor.stream().filter(c -> c.caredForNhsNumber().equals(caredForNhsNumber)).findFirst().orElse(null);
    }

    /** Under 18 on {@code today}; unknown without a date of birth, so not flagged. */
    public boolean youngCarer(LocalDate today) {
        return dateOfBirth != null && dateOfBirth.plusYears(ADULT_AGE).isAfter(today);
    }

    public void touch() {
        updatedAt = Timestamps.now();
        flush();
    }
}
