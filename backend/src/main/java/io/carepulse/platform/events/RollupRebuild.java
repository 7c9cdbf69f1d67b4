package io.carepulse.platform.events;

import reactor.core.publisher.Mono;

/**
 * A feature's roll-ups that its event consumers keep, made again from its documents: for data
 * written before the consumer first ran (demo data, a release that brought the roll-up) and after
 * the organisation's time zone changed. A bean of this type is run by {@code rebuildRollups} for
 * the caller's organisation; it must be safe while its consumer runs (each roll-up written whole
 * from the documents as they are, the consumer's next event setting the newer state again).
 */
public interface RollupRebuild {

    /**
     * How many of a rebuild's documents to write at once: each is written whole, by ID, so their
     * order does not matter, and writes in flight together share the file store's durable commits.
     */
    int WRITES_AT_ONCE = 8;

    /** What is rebuilt, for the log ("feedback summary days"). */
    String name();

    /** Rebuilds the roll-ups of the caller's organisation from its documents. */
    Mono<Void> rebuild();
}
