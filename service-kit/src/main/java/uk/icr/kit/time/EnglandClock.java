package uk.icr.kit.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock rules read "today" from: England's, since review dates, completion dates and periods are
 * English calendar days whatever zone the server runs in. A test may produce its own {@link Clock}.
 */
public class EnglandClock {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ENGLAND);
    }
}
