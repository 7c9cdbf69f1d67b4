package io.carepulse.analytics;

import io.carepulse.analytics.EngagementIntake.EngagementItemInput;
import io.carepulse.analytics.EngagementIntake.Numbered;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.segment.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Figures CarePulse records itself (the demo's), as the caller's organisation: the connectors'
 * checks and path (batches of 1,000, taken into the roll-ups in the background), noted as entered
 * rather than sent by a client; and the CSV layouts' example files, imported as an uploader would.
 */
@Component
public class EngagementRecorder {

    /** One figure; {@code contentId} or {@code externalPostId} names the post (neither: the page). */
    public record Figure(ObjectId contentId, String externalPostId, Channel channel, EngagementMetric metric,
            double value, Instant at, EngagementValueKind kind, Instant publishedAt) {
    }

    private final EngagementIntake intake;
    private final EngagementCsvImport imports;

    EngagementRecorder(EngagementIntake intake, EngagementCsvImport imports) {
        this.intake = intake;
        this.imports = imports;
    }

    /**
     * Imports the example file of each CSV layout as uploaded by {@code uploadedBy}, the
     * platforms' totals measured at {@code measuredAt}: answers the figures recorded.
     */
    public Mono<Integer> importExampleFiles(String uploadedBy, Instant measuredAt) {
        return imports.importExamples(uploadedBy, measuredAt);
    }

    /** Records the figures; answers how many were taken (a refused one is a mistake of the caller's). */
    public Mono<Integer> record(List<Figure> figures) {
        List<Numbered> numbered = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            numbered.add(new Numbered(new EngagementItemInput(f.contentId() == null ? null
                    : GlobalId.encode(io.carepulse.content.Content.TYPE, f.contentId()), f.externalPostId(),
                    f.channel(), f.metric(), f.value(), f.at(), f.kind(), f.publishedAt()), i,
                    new String[] {"items", String.valueOf(i)}));
        }
        return Flux.fromIterable(EngagementIntake.chunks(numbered))
                .concatMap(chunk -> intake.record(chunk, EngagementBatch.SourceKind.MANUAL, null, null))
                .map(EngagementIntake.RecordEngagementPayload::accepted).reduce(0, Integer::sum);
    }
}
