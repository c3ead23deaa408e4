package uk.icr.kit.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;

/** The inbox table: "have we processed this event already?", answered inside the effect's transaction. */
final class Inbox {

    private final AgroalDataSource dataSource;
    private final String schema;
    private final String consumer;

    Inbox(AgroalDataSource dataSource, String schema, String consumer) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.consumer = consumer;
    }

    /** Records the event in the current transaction; false when it was processed before. */
    boolean firstDelivery(String eventId, String topic, String type) {
        String sql = "insert into " + schema + ".inbox (consumer, event_id, topic, type, processed_at)"
                + " values (?, ?, ?, ?, now()) on conflict do nothing";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            insert.setString(3, topic);
            insert.setString(4, type);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + eventId + " in the inbox", e);
        }
    }
}
