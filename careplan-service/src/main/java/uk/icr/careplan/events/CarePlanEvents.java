package uk.icr.careplan.events;

import java.util.UUID;

import uk.icr.kit.events.DomainEvent;
import uk.icr.careplan.CarePlan;

/** What this service publishes on its topic. */
public final class CarePlanEvents {

    public static final String TOPIC = "icr.care-plans.v1";
    public static final String CREATED = "uk.nhs.icr.care-plan.created.v1";
    public static final String CLOSED = "uk.nhs.icr.care-plan.closed.v1";

    private CarePlanEvents() {
    }

    public static DomainEvent created(CarePlan carePlan) {
        return event(CREATED, carePlan);
    }

    public static DomainEvent closed(CarePlan carePlan) {
        return event(CLOSED, carePlan);
    }

    private static DomainEvent event(String type, CarePlan carePlan) {
        return new DomainEvent(TOPIC, "care-plan", carePlan.id.toString(), type, carePlan.nhsNumber,
                new CarePlanChanged(carePlan.id, carePlan.nhsNumber, carePlan.status.name(), carePlan.version,
                        "/api/v1/care-plans/" + carePlan.id));
    }

    /** The payload of every event here: where the care plan now stands. */
    public record CarePlanChanged(UUID carePlanId, String nhsNumber, String status, long version, String link) {
    }
}
