package uk.icr.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "icr.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished rows besides being woken after each commit. */
    Duration sweepInterval();

    /** Rows read and sent per round trip. */
    int batchSize();

    /** How long published rows are kept before the purge deletes them. */
    Duration retention();
}
