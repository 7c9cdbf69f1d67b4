package io.carepulse.feedback;

import io.carepulse.platform.tenancy.TenantOwned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One patient text as the themes count it: its terms (PHI blanked before analysis, so no name or
 * number of a patient is among them), its themes under the taxonomy of the day it arrived, its
 * sentiment and day. Never the text. The ID names what it came from ({@code thread|<id>},
 * {@code survey|<response>:<question>}, {@code live|<question>}), so indexing twice is refused by
 * the database and counted once; its events carry it to the day's counts ({@link ThemeDays}).
 *
 * @param threadKey    what counts as one thread for the 5-thread floor
 * @param inboxThread  the inbox thread, when it is one (examples link to it)
 * @param terms        term → how it was typed
 */
@Document(ThemedMessage.COLLECTION)
record ThemedMessage(@Id String id, String organizationId, FeedbackThread.Source source, String threadKey,
        ObjectId inboxThread, String day, Instant at, List<String> themes, String sentiment, double score,
        Map<String, String> terms) implements TenantOwned {

    static final String COLLECTION = "feedback_themed_messages";

    ThemedMessage {
        themes = themes == null ? List.of() : List.copyOf(themes);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }
}
