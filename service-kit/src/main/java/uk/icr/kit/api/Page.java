package uk.icr.kit.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list (DESIGN.md section 2): the items, and the cursor for the next page, absent on the
 * last one.
 */
public record Page<T>(List<T> items,
        @Schema(description = "Pass as ?cursor= to read the next page; absent on the last page.") String nextCursor) {

    /**
     * Builds a page from up to {@code limit + 1} rows read in cursor order: the extra row only says that
     * another page exists.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, java.util.function.Function<R, T> toItem,
            java.util.function.Function<R, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(toItem).toList(), more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }
}
