package io.carepulse.support;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Creates data through the public API, as a user of the given organisation would. */
public final class Fixtures {

    private Fixtures() {
    }

    public record Created(String id, int version) {
    }

    public static Created segment(GraphQlTester tester, String name) {
        GraphQlTester.Response response = tester.documentName("createAudienceSegment")
                .variable("input", Map.of("name", name, "preferredChannels", List.of("FACEBOOK"),
                        "languages", List.of("en-US")))
                .execute();
        response.path("createAudienceSegment.userErrors").entityList(Object.class).hasSize(0);
        return new Created(response.path("createAudienceSegment.audienceSegment.id").entity(String.class).get(),
                response.path("createAudienceSegment.audienceSegment.version").entity(Integer.class).get());
    }

    /** A live session moderated by the users with these global IDs. */
    public static Created liveSession(GraphQlTester tester, String title, String... moderatorIds) {
        GraphQlTester.Response response = tester.documentName("createLiveSession")
                .variable("input", Map.of("title", title, "host", Map.of("name", "Dr. Ana Ruiz", "credentials", "MD"),
                        "moderatorIds", List.of(moderatorIds),
                        "scheduledStart", java.time.OffsetDateTime.now().plusDays(2).withNano(0).toString()))
                .execute();
        response.path("createLiveSession.userErrors").entityList(Object.class).hasSize(0);
        return new Created(response.path("createLiveSession.liveSession.id").entity(String.class).get(),
                response.path("createLiveSession.liveSession.version").entity(Integer.class).get());
    }

    public static Created campaign(GraphQlTester tester, String name, String... segmentIds) {
        GraphQlTester.Response response = tester.documentName("createCampaign")
                .variable("input", Map.of("name", name, "objective", "AWARENESS", "startDate", "2026-03-01",
                        "endDate", "2026-03-31", "hashtags", List.of("#Test"), "channels", List.of("INSTAGRAM"),
                        "segmentIds", List.of(segmentIds)))
                .execute();
        response.path("createCampaign.userErrors").entityList(Object.class).hasSize(0);
        return new Created(response.path("createCampaign.campaign.id").entity(String.class).get(),
                response.path("createCampaign.campaign.version").entity(Integer.class).get());
    }
}
