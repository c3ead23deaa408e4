package uk.icr.kit.time;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps as PostgreSQL keeps them, so what a change answers is exactly what a later read shows. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now, to the microsecond. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
