package uk.icr.kit.api;

import jakarta.ws.rs.core.EntityTag;

import uk.icr.kit.problem.ProblemException;

/**
 * Optimistic locking at the API (DESIGN.md section 2): every resource has a {@code version}, reads send it
 * as a strong {@code ETag}, and changes must name the version they were based on in {@code If-Match}.
 * A change without it gets 428, one based on a stale version 412. Two concurrent changes that both pass
 * this check are still told apart by the database: the entity's {@code @Version} makes the later flush
 * fail, and that failure also answers 412.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    public static final String PRECONDITION_REQUIRED = "urn:icr:problem:if-match-required";
    public static final String STALE = "urn:icr:problem:stale-version";

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names; 428 when it is missing, 400 when it names no version. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, PRECONDITION_REQUIRED, "If-Match required",
                    "Send If-Match with the ETag of the version you read, so concurrent changes cannot overwrite"
                            + " each other.");
        }
        String value = ifMatch.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "urn:icr:problem:invalid-if-match", "Invalid If-Match",
                    "If-Match must be a single strong ETag as sent by GET, such as \"3\".");
        }
    }

    /** 412 unless the resource is still at the version the caller read. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw stale(actual);
        }
    }

    public static ProblemException stale(long current) {
        return new ProblemException(412, STALE, "Stale version",
                "The resource has changed since you read it" + (current >= 0 ? " (it is now at version " + current + ")" : "")
                        + ": read it again and reapply your change.");
    }
}
