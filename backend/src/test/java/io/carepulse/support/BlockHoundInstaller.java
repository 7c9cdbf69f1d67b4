package io.carepulse.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Installs BlockHound (with the Reactor and Netty integrations found on the classpath) before any
 * test runs: a blocking call on a Netty event loop or a Reactor non-blocking thread throws, so the
 * request or test that made it fails.
 */
public class BlockHoundInstaller implements LauncherSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(BlockHoundInstaller.class);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        BlockHound.install(new KnownShortLocks());
    }

    /** Locks held for a few instructions by libraries we do not own; not I/O, not waits. */
    static final class KnownShortLocks implements BlockHoundIntegration {
        @Override
        public void applyTo(BlockHound.Builder builder) {
            // The MongoDB driver guards its connection pool with locks held for a few instructions;
            // under contention they park briefly. Every such lock goes through these helpers.
            for (String method : new String[] {"withLock", "checkedWithLock", "withInterruptibleLock",
                    "checkedWithInterruptibleLock", "lockInterruptibly"}) {
                builder.allowBlockingCallsInside("com.mongodb.internal.Locks", method);
            }
            // The embedded MongoDB stands in for a remote server: its internals are not our event loop's work.
            builder.allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoWireProtocolHandler", "channelRead0");
            // Its socket threads hand each command to a thread pool, whose queue lock parks briefly
            // under contention (more so now that writes wait for their commit to the file).
            builder.allowBlockingCallsInside("io.carepulse.devmongo.EmbeddedMongoServer$CommandsOffTheEventLoop",
                    "channelRead0");
            // graphql-java orders a subscription's events through a lock held for a queue operation
            // (or one emission); when an event's fields finish on another thread it parks briefly.
            builder.allowBlockingCallsInside("graphql.util.LockKit$ReentrantLock", "runLocked");
            builder.allowBlockingCallsInside("graphql.util.LockKit$ReentrantLock", "callLocked");
            // Spring Data maps a type the first time it meets it, under a write lock its readers
            // wait for briefly (the event log maps its types at start; a test type may come later).
            builder.allowBlockingCallsInside("org.springframework.data.mapping.context.AbstractMappingContext",
                    "getPersistentEntity");
            // Netty's pooled allocator takes a magazine's lock for a few instructions when it
            // grows or frees one; under contention another event loop parks briefly on it.
            builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
            builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
                    "tryExpandMagazines");
            // Jackson builds a type's deserializer once, under a lock two sockets' first messages may meet.
            builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                    "_createAndCacheValueDeserializer");
            // The MongoDB driver names each new server session with a random UUID, read from
            // the kernel's non-blocking random source.
            builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
            // libmongocrypt asks the driver for random bytes (IVs) from the same source.
            builder.allowBlockingCallsInside("com.mongodb.internal.crypt.capi.SecureRandomCallback", "random");
            // So does Spring when a test's client writes a multipart upload's boundary.
            builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
            // A library that catches the error (as Reactor does inside a stream) would otherwise
            // turn it into a silent stall: say where it happened before throwing.
            builder.blockingMethodCallback(method -> {
                BlockingOperationError error = new BlockingOperationError(method);
                LOG.error("Blocking call on a non-blocking thread", error);
                throw error;
            });
        }
    }
}
