package io.carepulse.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Token buckets by key (a client address, a caller), in memory on each instance: Bucket4j's
 * lock-free buckets in a Caffeine map bounded in size and forgetting keys idle for a while, so
 * neither many addresses nor many callers can grow it without limit.
 */
final class Buckets {

    private static final long MAX_KEYS = 200_000;

    private final Cache<String, Bucket> buckets;
    private final Supplier<Bucket> factory;

    private Buckets(Supplier<Bucket> factory, Duration idle) {
        this.factory = factory;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(idle).build();
    }

    /** {@code perMinute} tokens a minute, all of which may be spent at once. */
    static Buckets perMinute(int perMinute) {
        return new Buckets(() -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build(), Duration.ofMinutes(2));
    }

    /** {@code perHour} tokens an hour, all of which may be spent at once. */
    static Buckets perHour(int perHour) {
        return new Buckets(() -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perHour)
                .refillGreedy(perHour, Duration.ofHours(1)).build()).build(), Duration.ofHours(2));
    }

    /** A budget of {@code capacity} restored at {@code perSecond}. */
    static Buckets budget(int capacity, int perSecond) {
        Duration idle = Duration.ofSeconds(Math.max(60, capacity / Math.max(1, perSecond) * 2L));
        return new Buckets(() -> Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(perSecond, Duration.ofSeconds(1)).build()).build(), idle);
    }

    Bucket of(String key) {
        return buckets.get(key, k -> factory.get());
    }

    /** Seconds until {@code nanos} pass, at least 1. */
    static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
