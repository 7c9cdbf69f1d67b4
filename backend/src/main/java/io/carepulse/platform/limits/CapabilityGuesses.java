package io.carepulse.platform.limits;

import io.github.bucket4j.Bucket;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Wrong guesses at a capability (a live session's join code) per client address: an address may
 * get {@code joinFailuresPerAddressPerMinute} wrong a minute, enough for typos in a full lecture
 * hall behind one NAT address; after that it must wait before trying again, so join codes cannot
 * be found by enumeration.
 */
@Component
public class CapabilityGuesses {

    private final Buckets failures;

    CapabilityGuesses(LimitSettings settings) {
        this.failures = Buckets.perMinute(settings.joinFailuresPerAddressPerMinute());
    }

    /** Seconds the address must wait before it may guess again; empty while it may. */
    public OptionalLong blocked(String address) {
        Bucket bucket = failures.of(address);
        if (bucket.getAvailableTokens() > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Buckets.seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** One more wrong guess from the address. */
    public void failed(String address) {
        failures.of(address).tryConsume(1);
    }
}
