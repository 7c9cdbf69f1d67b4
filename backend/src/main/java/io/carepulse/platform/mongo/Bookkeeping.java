package io.carepulse.platform.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Writes nobody waits for: tidying after a change whose outcome is already durable, such as
 * taking a relayed event or a recorded audit entry out of its document's outbox. Recovery redoes
 * what is lost in a crash (moving an entry twice records it once), so an answer need not wait for
 * them; a failure is logged (without values) and left to recovery.
 */
public final class Bookkeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Bookkeeping.class);

    private Bookkeeping() {
    }

    /** Starts {@code work} now, apart from the caller's chain. */
    public static void inBackground(Mono<?> work, String what) {
        work.subscribe(null, error -> LOG.warn("{} failed; outbox recovery will redo it: {}", what,
                error.getClass().getSimpleName()));
    }
}
