package uk.icr.kit.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.time.Timestamps;

/**
 * Every version of a resource, readable back (DESIGN.md: "every change makes a new version that can be
 * read back"). A service records the version a change produced, in the change's own transaction, with
 * the snapshot its API shows; the caller is taken from the request, and changes made without one (events,
 * scheduled jobs, start-up) are recorded as {@link #SYSTEM}.
 */
@ApplicationScoped
public class VersionHistory {

    public static final String SYSTEM = "system";
    private static final String COLUMNS = "version, action, changed_at, changed_by, organisation, snapshot";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /** Records {@code snapshot} as version {@code version} of the resource; call after the change is flushed. */
    public void record(String resourceType, UUID id, long version, String action, Object snapshot) {
        String sql = "insert into " + schema + ".resource_version (resource_type, resource_id, " + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, resourceType);
            insert.setObject(2, id);
            insert.setLong(3, version);
            insert.setString(4, action);
            insert.setObject(5, Timestamps.now());
            insert.setString(6, actor());
            insert.setString(7, caller() == null ? null : AuditTrail.organisation(caller()));
            insert.setString(8, json.writeValueAsString(snapshot));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Version " + version + " of " + resourceType + " " + id + " was not recorded", e);
        }
    }

    /** Every version of the resource, oldest first. */
    public List<Version> list(String resourceType, UUID id) {
        return query(" order by version", resourceType, id, null);
    }

    public Optional<Version> find(String resourceType, UUID id, long version) {
        return query(" and version = ?", resourceType, id, version).stream().findFirst();
    }

    /** How many versions of this type of resource {@code changedBy} made with {@code action}. */
    public long count(String resourceType, String changedBy, String action) {
        String sql = "select count(*) from " + schema + ".resource_version where resource_type = ? and changed_by = ?"
                + " and action = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, resourceType);
            select.setString(2, changedBy);
            select.setString(3, action);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The history of " + resourceType + " could not be counted", e);
        }
    }

    /** Who is changing things: the caller's token subject, or {@link #SYSTEM} when there is no caller. */
    public String actor() {
        SecurityIdentity caller = caller();
        String name = caller == null ? SYSTEM : caller.getPrincipal().getName();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private SecurityIdentity caller() {
        boolean inRequest = Arc.container().requestContext().isActive();
        return inRequest && !identity.isAnonymous() ? identity : null;
    }

    private List<Version> query(String where, String resourceType, UUID id, Long version) {
        String sql = "select " + COLUMNS + " from " + schema + ".resource_version where resource_type = ? and resource_id = ?"
                + where;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, resourceType);
            select.setObject(2, id);
            if (version != null) {
                select.setLong(3, version);
            }
            List<Version> versions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new Version(rows.getLong(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class),
                            rows.getString(4), rows.getString(5), json.readTree(rows.getString(6))));
                }
            }
            return versions;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("The history of " + resourceType + " " + id + " could not be read", e);
        }
    }
}
