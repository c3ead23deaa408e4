package uk.icr.kit.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's failures to read a body into field errors in the API's own words. Jackson's messages
 * name Java types ("Cannot deserialize value of type `uk.icr...`"), so they are never passed on.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem.FieldError fieldError(MismatchedInputException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem.FieldError(field, "is not a known field" + known(unknown.getKnownPropertyIds()));
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            String value = e instanceof InvalidFormatException invalid ? "'" + invalid.getValue() + "' " : "";
            return new Problem.FieldError(field, value + "is not one of: " + allowed);
        }
        return new Problem.FieldError(field, "must be " + describe(target));
    }

    /** Where in the body the JSON stopped being JSON, without echoing Jackson's message. */
    static String malformed(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "The body is not well-formed JSON.";
        }
        return "The body is not well-formed JSON (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ").";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return "; known fields are: " + ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static final Map<Class<?>, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(String.class, "a string"),
            Map.entry(Integer.class, "a whole number"), Map.entry(int.class, "a whole number"),
            Map.entry(Long.class, "a whole number"), Map.entry(long.class, "a whole number"),
            Map.entry(BigInteger.class, "a whole number"),
            Map.entry(Boolean.class, "true or false"), Map.entry(boolean.class, "true or false"),
            Map.entry(Double.class, "a number"), Map.entry(double.class, "a number"),
            Map.entry(BigDecimal.class, "a number"),
            Map.entry(UUID.class, "a UUID"),
            Map.entry(LocalDate.class, "a date (YYYY-MM-DD)"),
            Map.entry(OffsetDateTime.class, "a date-time with offset (ISO 8601)"),
            Map.entry(ZonedDateTime.class, "a date-time with offset (ISO 8601)"));

    private static String describe(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        String known = DESCRIPTIONS.get(target);
        if (known != null) {
            return known;
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }
}
