package uk.icr.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/** Reads the outbox table directly, to check what the relay did. */
@ApplicationScoped
public class OutboxRows {

    @Inject
    AgroalDataSource dataSource;

    public int countFor(String aggregateId) {
        return queryInt("select count(*) from kit.outbox where aggregateid = ?", aggregateId);
    }

    public int unpublishedFor(String aggregateIdPrefix) {
        return queryInt("select count(*) from kit.outbox where published_at is null and aggregateid like ?",
                aggregateIdPrefix + "%");
    }

    public boolean isPublished(UUID id) {
        return queryInt("select count(*) from kit.outbox where id = ?::uuid and published_at is not null",
                id.toString()) == 1;
    }

    private int queryInt(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
