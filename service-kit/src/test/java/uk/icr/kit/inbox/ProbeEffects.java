package uk.icr.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;

import io.agroal.api.AgroalDataSource;

/** What {@link ProbeEventHandler} has applied, read from its table. */
final class ProbeEffects {

    private final AgroalDataSource dataSource;

    ProbeEffects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    int of(String eventId) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select count(*) from kit.probe_effect where event_id = ?")) {
            query.setString(1, eventId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    void await(String eventId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (of(eventId) == 0) {
            assertTrue(Instant.now().isBefore(deadline), "event " + eventId + " was never applied");
            Thread.sleep(100);
        }
    }
}
