package uk.icr.kit.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Names what a call did, from its method and path under {@code /api/v1/}. */
final class Actions {

    private static final String PREFIX = "/api/v1/";

    private Actions() {
    }

    /** {@code /api/v1/assessments/42/start} gives [assessments, 42, start]. */
    static List<String> segments(String path) {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        return Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isCollection(String path) {
        return segments(path).size() <= 1;
    }

    /** READ, SEARCH, CREATE, UPDATE, DELETE, or the command's own name (START, CLOSE, ...). */
    static String action(String method, List<String> segments) {
        boolean collection = segments.size() <= 1;
        return switch (method) {
            case "GET", "HEAD" -> collection ? "SEARCH" : "READ";
            case "POST" -> collection ? "CREATE"
                    : segments.size() > 2 ? segments.get(segments.size() - 1).toUpperCase(Locale.ROOT).replace('-', '_')
                    : "UPDATE";
            case "PUT", "PATCH" -> "UPDATE";
            case "DELETE" -> "DELETE";
            default -> method;
        };
    }

    static String outcome(int status) {
        if (status == 401 || status == 403) {
            return "DENIED";
        }
        return status < 400 ? "SUCCESS" : "FAILURE";
    }
}
