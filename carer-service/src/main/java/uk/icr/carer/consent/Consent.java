package uk.icr.carer.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A carer's consent to share: what (categories), with whom, why and for how long. Withdrawal ends it at
 * once; nothing is deleted, so who saw what under which consent can always be shown.
 */
@Entity
@Table(name = "carer_consent")
public class Consent extends PanacheEntityBase {

    @Schema(name = "ConsentRecipient")
    public enum Recipient {
        /** The cared-for person's care team: the practitioners and coordinators working with them. */
        CARE_TEAM,
        /** The carer's own GP practice. */
        GP_PRACTICE,
        /** A named local carers' service. */
        CARERS_SERVICE
    }

    @Schema(name = "ConsentStatus")
    public enum Status { ACTIVE, WITHDRAWN }

    @Id
    public UUID id;

    @Column(name = "carer_id", nullable = false, updatable = false)
    public UUID carerId;

    /** Comma-separated {@link ConsentCategory} names: a small fixed set, read whole. */
    @Column(name = "categories", nullable = false)
    String categoryNames;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recipient recipient;

    @Column(name = "cared_for_nhs_number")
    public String caredForNhsNumber;

    public String organisation;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Version
    public long version;

    public Set<ConsentCategory> categories() {
        return Arrays.stream(categoryNames.split(",")).map(ConsentCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentCategory.class)));
    }

    void categories(Set<ConsentCategory> categories) {
        categoryNames = categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** In force on {@code day}: active, started, not ended. */
    public boolean inForce(LocalDate day) {
        return status == Status.ACTIVE && !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
