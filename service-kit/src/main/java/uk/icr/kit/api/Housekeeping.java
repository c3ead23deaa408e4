package uk.icr.kit.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import uk.icr.kit.outbox.OutboxRelay;

/** Once a minute, deletes what the kit's tables no longer need: expired idempotency keys, old published events. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Idempotency idempotency;

    @Inject
    OutboxRelay outbox;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "icr-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    void run() {
        try (Connection connection = dataSource.getConnection()) {
            int keys = idempotency.purgeExpired(connection);
            int events = outbox.purgePublished(connection);
            if (keys + events > 0) {
                LOG.debugf("Housekeeping: %d expired idempotency keys, %d published outbox rows deleted", keys, events);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Housekeeping failed: %s", e.getMessage());
        }
    }
}
