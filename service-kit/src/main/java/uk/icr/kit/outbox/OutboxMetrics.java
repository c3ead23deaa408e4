package uk.icr.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** {@code icr_outbox_oldest_unpublished_age_seconds}: how long the oldest waiting event has waited. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxRelay relay;

    void register(@Observes StartupEvent event) {
        Gauge.builder("icr.outbox.oldest.unpublished.age", relay, OutboxRelay::oldestUnpublishedAgeSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest outbox row not yet published to Kafka")
                .register(registry);
    }
}
