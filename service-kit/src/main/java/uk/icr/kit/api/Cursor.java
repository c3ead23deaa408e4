package uk.icr.kit.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import uk.icr.kit.problem.ProblemException;

/**
 * A keyset cursor over (created at, id): the next page starts strictly after the last row shown, so rows
 * inserted meanwhile never shift a page or repeat a row. Opaque to clients (base64url).
 */
public record Cursor(OffsetDateTime createdAt, UUID id) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** The start of the list. */
    public static final Cursor FIRST = new Cursor(OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC),
            new UUID(0L, 0L));

    /**
     * The keyset condition for an entity with {@code createdAt} and {@code id}, to AND into a query with
     * {@link #parameters()}, followed by {@link #ORDER}.
     */
    public static final String AFTER = after("createdAt");
    public static final String ORDER = order("createdAt");

    /** {@link #AFTER} for a resource whose time field has another name (a ledger entry's {@code recordedAt}). */
    public static String after(String timeField) {
        return "(" + timeField + " > :cursorAt or (" + timeField + " = :cursorAt and id > :cursorId))";
    }

    public static String order(String timeField) {
        return " order by " + timeField + ", id";
    }

    /** The named parameters {@link #AFTER} uses, in a map the caller may add its own to. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cursorAt", createdAt);
        parameters.put("cursorId", id);
        return parameters;
    }

    public String encode() {
        Instant at = createdAt.toInstant();
        String raw = "v1|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a {@code ?cursor=} names; the start of the list when there is none. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return FIRST;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !"v1".equals(parts[0])) {
                throw new IllegalArgumentException();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return new Cursor(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), UUID.fromString(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "urn:icr:problem:invalid-cursor", "Invalid cursor",
                    "The cursor is not one this list handed out: pass nextCursor from the previous page as it is.");
        }
    }
}
