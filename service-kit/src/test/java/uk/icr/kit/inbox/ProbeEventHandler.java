package uk.icr.kit.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import uk.icr.kit.events.CloudEventHeaders;

/** Only in the kit's tests: consumes {@link #TOPIC} by writing one row per event it applies. */
@ApplicationScoped
public class ProbeEventHandler implements EventHandler {

    public static final String TOPIC = "kit.inbox.probe";

    /** This consumer's own copy of the payload it reads. */
    public record Named(String name) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** The CloudEvent headers of a probe event with this id. */
    static Map<String, String> cloudEvent(String id) {
        return Map.of(CloudEventHeaders.ID, id, CloudEventHeaders.TYPE, "uk.nhs.icr.probe.named.v1",
                CloudEventHeaders.SOURCE, "/icr/test", CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.CONTENT_TYPE, "application/json");
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        Named named = event.data(Named.class);
        if ("fail-always".equals(named.name())) {
            throw new IllegalStateException("the effect cannot be applied");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into kit.probe_effect (event_id, name) values (?, ?)")) {
            insert.setString(1, event.id());
            insert.setString(2, named.name());
            insert.executeUpdate();
        }
    }
}
