package io.carepulse.liveqa.summary;

import io.carepulse.platform.tenancy.TenantOwned;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The sessions that went live on one day of an organisation, in its time zone, under the
 * deterministic ID {@code org|day}: how {@code liveQaSummary} finds a period's sessions by ID.
 *
 * @param sessions hex IDs
 */
@Document(LiveDay.COLLECTION)
record LiveDay(@Id String id, String organizationId, String day, List<String> sessions) implements TenantOwned {

    static final String COLLECTION = "live_days";

    LiveDay {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    static String id(String organization, String day) {
        return organization + "|" + day;
    }
}
