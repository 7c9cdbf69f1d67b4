package io.carepulse.devmongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Makes the embedded server's tailable cursors (change streams) wait for data as MongoDB's do.
 * mongo-java-server answers a change stream's {@code getMore} at once even when nothing is new
 * (it ignores {@code maxTimeMS}), and the driver asks again at once: while events flowed, that
 * loop took most of the driver's CPU and a good part of the server's. Here an empty
 * {@code getMore} on an open cursor waits until the oplog publishes new entries
 * ({@link #published()}, once they are durable) or its {@code maxTimeMS} passes (at most
 * {@link #MAX_WAIT_MILLIS}), and asks again.
 *
 * <p>The wait holds one of the server's command threads, not a socket's event loop
 * ({@link EmbeddedMongoServer}): other connections go on meanwhile.
 */
final class AwaitData {

    static final long MAX_WAIT_MILLIS = 1000;

    private final Object monitor = new Object();
    private long writes; // guarded by monitor

    /** New oplog entries can be read: wakes the waiting cursors. */
    void published() {
        synchronized (monitor) {
            writes++;
            monitor.notifyAll();
        }
    }

    /** Runs a {@code getMore}; when it found nothing on a cursor that stays open, waits for new entries and runs it again. */
    Document getMore(Document command, Supplier<Document> getMore) {
        long before;
        synchronized (monitor) {
            before = writes;
        }
        Document result = getMore.get();
        if (!isEmptyOnOpenCursor(result)) {
            return result;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis(command));
        synchronized (monitor) {
            long left;
            while (writes == before && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return result;
                }
            }
            if (writes == before) {
                return result;
            }
        }
        return getMore.get();
    }

    private static long waitMillis(Document command) {
        return command.get("maxTimeMS") instanceof Number given && given.longValue() > 0
                ? Math.min(given.longValue(), MAX_WAIT_MILLIS)
                : MAX_WAIT_MILLIS;
    }

    private static boolean isEmptyOnOpenCursor(Document result) {
        return result != null && result.get("cursor") instanceof Document cursor
                && cursor.get("nextBatch") instanceof List<?> batch && batch.isEmpty()
                && cursor.get("id") instanceof Number id && id.longValue() != 0;
    }
}
