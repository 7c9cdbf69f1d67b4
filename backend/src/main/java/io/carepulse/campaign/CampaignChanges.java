package io.carepulse.campaign;

import com.mongodb.client.model.changestream.OperationType;
import io.carepulse.campaign.CampaignPayloads.CampaignChange;
import io.carepulse.campaign.CampaignPayloads.CampaignChangeKind;
import io.carepulse.platform.graphql.SlowSubscriberException;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * This instance's one reader of campaign changes: a single change stream over {@code campaigns}
 * (whichever instance wrote them), routed in memory to the {@code campaignChanged} subscribers of
 * each organisation. A subscription never opens a stream of its own, so no number of subscribers
 * can take the database's connections from everyone else. A subscriber that stops reading is
 * cut off with a {@link SlowSubscriberException} once {@link #SUBSCRIBER_BUFFER} changes wait for
 * it (it subscribes again and reloads).
 */
@Component
class CampaignChanges implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignChanges.class);
    static final int SUBSCRIBER_BUFFER = 256;
    static final String RESUME = "subscribe again, and reload the campaigns you show";

    private final CrossTenantAccess access;
    private final ConcurrentMap<String, Channel> organisations = new ConcurrentHashMap<>();
    private final AtomicLong routed = new AtomicLong();
    private volatile Disposable stream;

    CampaignChanges(CrossTenantAccess access) {
        this.access = access;
    }

    /** Changes of one organisation's campaigns from now on. */
    Flux<CampaignChange> of(String organization) {
        return Flux.defer(() -> {
            Channel channel = organisations.compute(organization, (org, current) -> {
                Channel next = current == null ? new Channel() : current;
                next.subscribers++;
                return next;
            });
            return channel.sink.asFlux()
                    .onBackpressureBuffer(SUBSCRIBER_BUFFER, dropped -> { }, BufferOverflowStrategy.ERROR)
                    .onErrorMap(Exceptions::isOverflow, e -> new SlowSubscriberException(RESUME))
                    .doFinally(signal -> organisations.computeIfPresent(organization,
                            (org, current) -> --current.subscribers == 0 ? null : current));
        });
    }

    /** Subscribers of an organisation on this instance (for tests). */
    int subscribers(String organization) {
        Channel channel = organisations.get(organization);
        return channel == null ? 0 : channel.subscribers;
    }

    private void route(ChangeStreamEvent<Campaign> event) {
        Campaign campaign = event.getBody();
        if (campaign == null) {
            return;
        }
        Channel channel = organisations.get(campaign.organizationId());
        if (channel != null) {
            // Only this stream's thread emits, so emissions never race each other.
            channel.sink.tryEmitNext(new CampaignChange(kind(event), campaign));
        }
        routed.incrementAndGet();
    }

    private static CampaignChangeKind kind(ChangeStreamEvent<Campaign> event) {
        if (event.getOperationType() == OperationType.INSERT) {
            return CampaignChangeKind.CREATED;
        }
        var description = event.getRaw() == null ? null : event.getRaw().getUpdateDescription();
        boolean statusChanged = description != null && description.getUpdatedFields() != null
                && description.getUpdatedFields().containsKey("status");
        return statusChanged ? CampaignChangeKind.STATUS_CHANGED : CampaignChangeKind.UPDATED;
    }

    @Override
    public void start() {
        stream = Flux.defer(() -> access.allChanges(Campaign.COLLECTION, Campaign.class))
                .doOnNext(this::route)
                .doOnError(e -> LOG.warn("Campaign change stream failed; reopening: {}", e.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5)))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = stream;
        if (current != null) {
            current.dispose();
        }
        organisations.values().forEach(channel -> channel.sink.tryEmitComplete());
        organisations.clear();
    }

    @Override
    public boolean isRunning() {
        Disposable current = stream;
        return current != null && !current.isDisposed();
    }

    /** One organisation's multicast sink and how many subscribers hold it (guarded by the map's compute). */
    private static final class Channel {
        final Sinks.Many<CampaignChange> sink = Sinks.many().multicast().directBestEffort();
        int subscribers;
    }
}
