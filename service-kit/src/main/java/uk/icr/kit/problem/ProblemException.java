package uk.icr.kit.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A failure the service raises on purpose, with the problem type and status it answers with: a broken
 * business rule (422), a conflict with the resource's state (409), a stale version (412) ...
 */
public class ProblemException extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.errors = errors;
    }

    /** 400: the request is well formed but these fields are not valid, each with what is wrong with it. */
    public static ProblemException invalid(Problem.FieldError... errors) {
        return invalid(List.of(errors));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, Problem.VALIDATION_FAILED, "The request is not valid",
                errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.", List.copyOf(errors));
    }

    /** 400 for one field, by its JSON path or query parameter name. */
    public static ProblemException invalid(String field, String message) {
        return invalid(new Problem.FieldError(field, message));
    }

    /** 409: the resource's state does not allow the command; {@code detail} says which state it is in. */
    public static ProblemException illegalTransition(String detail) {
        return new ProblemException(409, Problem.ILLEGAL_TRANSITION, "Illegal transition", detail);
    }

    /** 400 for a body that cannot be read as the API's type: names the field, never in Jackson's words. */
    public static ProblemException unreadable(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatched) {
            Problem.FieldError error = JsonProblems.fieldError(mismatched);
            return new ProblemException(400, Problem.VALIDATION_FAILED, "The request is not valid",
                    "The body does not match the schema at '" + error.field() + "'.", List.of(error));
        }
        return new ProblemException(400, Problem.MALFORMED_REQUEST, "The body is not valid JSON", JsonProblems.malformed(e));
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
