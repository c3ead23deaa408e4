package uk.icr.kit.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import uk.icr.kit.problem.ProblemException;

/**
 * Query parameters that JAX-RS would otherwise convert itself: a value it cannot convert becomes a bare
 * 404, as if the resource did not exist. Here it becomes a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant {@code value} names, null when absent, 400 listing the allowed values otherwise. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(name, "'" + value + "' is not one of: " + allowed);
        }
    }
}
