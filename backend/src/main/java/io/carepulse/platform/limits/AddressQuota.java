package io.carepulse.platform.limits;

import java.util.OptionalLong;

/**
 * A per-client-address quota for one public operation, on top of the general per-address rate
 * ({@link AddressRateLimits}): a website form may take a few submissions an hour from one address,
 * where a live audience's questions need many a minute. In memory on each instance, like the others.
 */
public final class AddressQuota {

    private final Buckets buckets;

    private AddressQuota(Buckets buckets) {
        this.buckets = buckets;
    }

    /** {@code perHour} uses an hour, all of which may be spent at once, refilled steadily. */
    public static AddressQuota perHour(int perHour) {
        return new AddressQuota(Buckets.perHour(perHour));
    }

    /** Takes one use for {@code address}: empty when granted, else the seconds to wait. */
    public OptionalLong take(String address) {
        var probe = buckets.of(address == null ? "unknown" : address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Buckets.seconds(probe.getNanosToWaitForRefill()));
    }
}
