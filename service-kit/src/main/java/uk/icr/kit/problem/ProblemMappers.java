package uk.icr.kit.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import uk.icr.kit.api.Versions;

/**
 * The one place failures become answers: every exception a resource lets escape ends here as
 * {@code application/problem+json}. Bad input gets 400 naming the field; unexpected failures get a bare
 * 500 whose details stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Ahead of Quarkus' built-in mappers for the same exception types.
    private static final int FIRST = Priorities.USER - 100;
    /** PostgreSQL's SQLSTATEs for input it cannot store: NUL in text or JSON, dates and numbers out of range. */
    private static final Set<String> UNSTORABLE = Set.of("22P05", "22021", "22008", "22003");

    @ServerExceptionMapper(priority = FIRST)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                // The service broke its own contract: that is our fault, not the caller's.
                return unexpected(e, uri);
            }
            errors.add(new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.";
        return new Problem(Problem.VALIDATION_FAILED, "The request is not valid", 400, detail, uri.getPath(), errors)
                .toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return ProblemException.unreadable(e).toProblem(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return ProblemException.unreadable(json).toProblem(uri.getPath()).toResponse();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder answer = Response.fromResponse(Problem.of(status, detail(e, status), uri.getPath())
                .toResponse());
        // Keep what the original answer told the client to do next (Allow on 405, Retry-After, ...).
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    @ServerExceptionMapper(priority = FIRST, value = {AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(401, "A valid bearer token is required.", uri.getPath()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "Your role does not allow this operation.", uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toProblem(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                // Lost a race with a concurrent change that passed the same If-Match check.
                return Versions.stale(-1).toProblem(uri.getPath()).toResponse();
            }
            if (cause instanceof SQLException sql && UNSTORABLE.contains(sql.getSQLState())) {
                // Valid JSON the database cannot hold; the transaction rolled back, so nothing was written.
                return new Problem(Problem.VALIDATION_FAILED, "The request is not valid", 400,
                        "The body holds a value that cannot be stored: a NUL character (\\u0000) in text, or a date"
                                + " or number out of range.", uri.getPath(), null).toResponse();
            }
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return Problem.of(500, "The service failed to handle the request; it has been logged.", uri.getPath())
                .toResponse();
    }

    /** The message of a 4xx the application raised on purpose, or the reason phrase when it said nothing. */
    private static String detail(WebApplicationException e, int status) {
        String message = e.getMessage();
        boolean generic = message == null || message.startsWith("HTTP " + status);
        return generic ? Problem.of(status, null, null).title() + "." : message;
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON path of a violation: the method and its body parameter are dropped, so
     * {@code create.request.goals[0].importance} becomes {@code goals[0].importance}; a violation on a
     * query or path parameter keeps the parameter's name.
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // The index of an element belongs to the node after the collection.
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "(body)";
    }
}
