package uk.icr.budget.careplans;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.icr.kit.time.Timestamps;

/**
 * Whether a care plan is in force, as the care plan topic said last. This service's own read model: it
 * decides whether an agreed budget is ACTIVE without calling, or reading the tables of, careplan-service.
 */
@Entity
@Table(name = "care_plan_state")
public class CarePlanState extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    @Id
    @Column(name = "care_plan_id")
    public UUID carePlanId;

    @Column(name = "nhs_number", nullable = false)
    public String nhsNumber;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static void record(UUID carePlanId, String nhsNumber, String status) {
        CarePlanState state = CarePlanState.<CarePlanState>findByIdOptional(carePlanId).orElseGet(CarePlanState::new);
        state.status = status;
        state.updatedAt = Timestamps.now();
        if (state.carePlanId == null) {
            state.carePlanId = carePlanId;
            state.nhsNumber = nhsNumber;
            state.persist();
        }
    }

    public static boolean inForce(UUID carePlanId) {
        return carePlanId != null && count("carePlanId = ?1 and status = ?2", carePlanId, ACTIVE) > 0;
    }

    public static boolean ended(UUID carePlanId) {
        return count("carePlanId = ?1 and status = ?2", carePlanId, ENDED) > 0;
    }

    /** The person's plan in force, if the topic has announced one. */
    public static Optional<UUID> inForceFor(String nhsNumber) {
        return CarePlanState.<CarePlanState>find("nhsNumber = ?1 and status = ?2 order by updatedAt desc", nhsNumber, ACTIVE)
                .firstResultOptional().map(state -> state.carePlanId);
    }
}
