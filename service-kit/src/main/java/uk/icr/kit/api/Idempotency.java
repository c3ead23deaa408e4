package uk.icr.kit.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import uk.icr.kit.problem.ProblemException;

/**
 * {@code Idempotency-Key} on POST (DESIGN.md section 2). The key is claimed with an insert in the same
 * transaction as the POST's effect, and the answer is stored before that transaction commits:
 * <ul>
 * <li>a repeat with the same body gets the stored answer, and nothing is written again;</li>
 * <li>the same key with another body gets 422;</li>
 * <li>concurrent repeats wait on the first one's row lock, then read its answer: one effect in all;</li>
 * <li>if the first attempt fails, its claim rolls back with it and a retry runs afresh.</li>
 * </ul>
 * Keys are scoped to the caller (the token's subject) and expire after {@code icr.idempotency.ttl}.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String KEY_REUSED = "urn:icr:problem:idempotency-key-reused";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    @ConfigProperty(name = "icr.idempotency.ttl", defaultValue = "24h")
    Duration ttl;

    /**
     * Runs {@code effect} once per key: {@code key} may be null (no idempotency asked for), and
     * {@code request} is what identifies the request's content (the deserialised body).
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> effect) {
        if (key == null) {
            return effect.get();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ProblemException(400, "urn:icr:problem:invalid-idempotency-key", "Invalid Idempotency-Key",
                    "An Idempotency-Key is 1 to 200 visible ASCII characters, such as a UUID.");
        }
        String principal = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        String hash = hash(operation, request);
        try (Connection connection = dataSource.getConnection()) {
            if (claim(connection, principal, key, hash)) {
                Response response = effect.get();
                store(connection, principal, key, response);
                return response;
            }
            return replay(connection, principal, key, hash);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency-Key storage failed", e);
        }
    }

    /** Inserts the key, or takes over an expired one; false when a live claim exists (after waiting for it). */
    private boolean claim(Connection connection, String principal, String key, String hash) throws SQLException {
        String sql = "insert into " + schema + ".idempotency_key (principal, key, request_hash, status, created_at,"
                + " expires_at) values (?, ?, ?, 0, now(), now() + ?::interval)"
                + " on conflict (principal, key) do update set request_hash = excluded.request_hash, status = 0,"
                + " location = null, etag = null, body = null, created_at = now(), expires_at = excluded.expires_at"
                + " where idempotency_key.expires_at < now()";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, principal);
            insert.setString(2, key);
            insert.setString(3, hash);
            insert.setString(4, ttl.toSeconds() + " seconds");
            return insert.executeUpdate() == 1;
        }
    }

    private void store(Connection connection, String principal, String key, Response response) throws SQLException {
        String sql = "update " + schema + ".idempotency_key set status = ?, location = ?, etag = ?, body = ?"
                + " where principal = ? and key = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, response.getStatus());
            URI location = response.getLocation();
            update.setString(2, location == null ? null : location.toString());
            EntityTag etag = response.getEntityTag();
            update.setString(3, etag == null ? null : etag.getValue());
            update.setString(4, response.getEntity() == null ? null : json.writeValueAsString(response.getEntity()));
            update.setString(5, principal);
            update.setString(6, key);
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be stored for replay", e);
        }
    }

    private Response replay(Connection connection, String principal, String key, String hash) throws SQLException {
        String sql = "select request_hash, status, location, etag, body from " + schema + ".idempotency_key"
                + " where principal = ? and key = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, principal);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Idempotency-Key " + key + " vanished");
                }
                if (!hash.equals(row.getString(1))) {
                    throw new ProblemException(422, KEY_REUSED, "Idempotency-Key reused",
                            "This Idempotency-Key was already used for a different request; use a new key.");
                }
                Response.ResponseBuilder answer = Response.status(row.getInt(2)).header(REPLAYED, "true");
                if (row.getString(3) != null) {
                    answer.location(URI.create(row.getString(3)));
                }
                if (row.getString(4) != null) {
                    answer.tag(new EntityTag(row.getString(4)));
                }
                if (row.getString(5) != null) {
                    answer.entity(row.getString(5)).type(MediaType.APPLICATION_JSON_TYPE);
                }
                return answer.build();
            }
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes expired keys; called by the kit's housekeeping. */
    public int purgeExpired(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + schema + ".idempotency_key where expires_at < ?")) {
            delete.setObject(1, OffsetDateTime.now());
            return delete.executeUpdate();
        }
    }
}
