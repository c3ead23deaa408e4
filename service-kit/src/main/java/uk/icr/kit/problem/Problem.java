package uk.icr.kit.problem;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: what every ICR service answers when a request fails. It names what went
 * wrong in words a developer can act on, and never carries a stack trace or a Java class name.
 *
 * @param type     a stable URI identifying the kind of problem ({@code about:blank} for plain HTTP errors)
 * @param title    a short summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request
 * @param instance the request path the problem occurred on
 * @param errors   for validation problems, one entry per offending field
 */
@Schema(name = "Problem", description = "RFC 9457 problem details.",
        example = "{\"type\": \"urn:icr:problem:validation-failed\", \"title\": \"The request is not valid\","
                + " \"status\": 400, \"detail\": \"1 field is not valid\", \"instance\": \"/api/v1/assessments\","
                + " \"errors\": [{\"field\": \"nhsNumber\", \"message\": \"must be a valid NHS number\"}]}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static final String BLANK = "about:blank";
    public static final String VALIDATION_FAILED = "urn:icr:problem:validation-failed";
    public static final String MALFORMED_REQUEST = "urn:icr:problem:malformed-request";
    public static final String ILLEGAL_TRANSITION = "urn:icr:problem:illegal-transition";

    /** One field of the request that is not valid, by its JSON path ({@code goals[0].importance}). */
    @Schema(name = "FieldError", example = "{\"field\": \"nhsNumber\", \"message\": \"must be a valid NHS number\"}")
    public record FieldError(String field, String message) {
    }

    /** A plain HTTP error: the title is the status' reason phrase. */
    public static Problem of(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem(BLANK, known != null ? known.getReasonPhrase() : "Error", status, detail, instance, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
