package io.carepulse.platform.files;

import io.carepulse.platform.mongo.JobLeases;
import io.carepulse.platform.mongo.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Removes uploads never attached to anything a day after they arrived (an upload whose form was
 * abandoned), hourly, one instance at a time.
 */
@Component
class UnattachedFiles extends PeriodicTask {

    static final String JOB = "unattached-files";
    static final Duration KEPT = Duration.ofDays(1);

    private final StoredFiles files;
    private final JobLeases leases;
    private final Clock clock;

    UnattachedFiles(StoredFiles files, JobLeases leases, Clock clock) {
        super("Unattached file clean-up", Duration.ofMinutes(5), Duration.ofHours(1));
        this.files = files;
        this.leases = leases;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return leases.exclusively(JOB, Duration.ofMinutes(30), () -> files.unattachedBefore(clock.instant().minus(KEPT))
                .concatMap(id -> files.deleteForMaintenance(id).thenReturn(id)).count());
    }
}
