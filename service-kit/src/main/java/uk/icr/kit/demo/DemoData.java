package uk.icr.kit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Demo data for the local run ({@code icr.demo-data.enabled=true}, set by {@code ./run.sh}): each service
 * loads its own through its own services, like any record, from a JSON file on its classpath.
 */
public final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Pattern DAY = Pattern.compile("\\$\\{TODAY([+-]\\d+)?}");

    private DemoData() {
    }

    /**
     * Reads a JSON list from the classpath. Dates written {@code ${TODAY}} or {@code ${TODAY-60}} are relative
     * to {@code today}, so a demo stays inside its periods and reviews however long after it was written.
     */
    public static <T> List<T> read(ObjectMapper json, String resource, TypeReference<List<T>> type, LocalDate today) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No demo data " + resource + " on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher day = DAY.matcher(text);
            return json.readValue(day.replaceAll(m -> today.plusDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                    .toString()), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes each demo with {@code create}, unless {@code alreadyLoaded} says an earlier start did: in one new
     * transaction, all or nothing (a half-loaded demo would never be completed by a later start), with a
     * request context (the services record who made each change, and at start-up there is no caller).
     */
    public static <T> void loadOnce(String what, List<T> demos, BooleanSupplier alreadyLoaded, Consumer<T> create) {
        if (alreadyLoaded.getAsBoolean()) {
            LOG.infof("Demo %s are already loaded", what);
            return;
        }
        Arc.container().requestContext().activate();
        try {
            QuarkusTransaction.requiringNew().run(() -> demos.forEach(create));
        } finally {
            Arc.container().requestContext().terminate();
        }
        LOG.infof("Loaded %d demo %s", demos.size(), what);
    }
}
