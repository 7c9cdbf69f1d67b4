package io.carepulse.feedback;

import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.CrossTenantCases;
import io.carepulse.support.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The inbox as another organisation tries it: nothing of Riverside's is read, answered or changed. */
@Component
class FeedbackCrossTenantCases implements CrossTenantCases {

    @Override
    public Prepared prepare(World world) {
        String externalId = FeedbackFixtures.externalId("cross");
        Map<String, Object> body = world.raw().post(FeedbackFixtures.CONNECTOR, "ingestFeedback", Map.of("input",
                Map.of("items", List.of(FeedbackFixtures.item("GOOGLE_REVIEW", externalId, "PUBLIC",
                        "Riverside only: the wait was long " + externalId)))));
        String id = (String) data(body, "ingestFeedback.results.0.threadId");
        Map<String, Object> replies = world.raw().post(FeedbackFixtures.MARKETER, "savedReplies", Map.of());
        String replyId = (String) data(replies, "savedReplies.0.id");
        Map<String, Object> byId = Map.of("threadId", id, "expectedVersion", 1);
        io.carepulse.support.LiveQa liveQa = new io.carepulse.support.LiveQa(world.port());
        io.carepulse.support.LiveQa.Session session = liveQa.schedule(TestTokens.RIVERSIDE,
                world.unique("Riverside inbox session"), null);
        String questionId = liveQa.ask(liveQa.join(session.joinCode(), "Pat"), "Riverside-only question " + externalId);
        Map<String, Case> cases = new HashMap<>(Map.of(
                "feedbackThreads", new Case("feedbackThreads", Map.of("first", 100, "filter", Map.of("search",
                        externalId)), b -> assertThat((List<?>) data(b, "feedbackThreads.edges")).isEmpty()),
                "feedbackThread", new Case("feedbackThread", Map.of("id", id),
                        b -> assertThat(data(b, "feedbackThread")).isNull()),
                "savedReplies", new Case("savedReplies", Map.of(),
                        b -> assertThat(b.toString()).doesNotContain(replyId)),
                "feedbackSettings", new Case("feedbackSettings", Map.of(),
                        b -> assertThat(data(b, "feedbackSettings.version")).isNotNull()),
                "screenFeedbackReply", new Case("screenFeedbackReply", Map.of("threadId", id, "text", "Hello"),
                        b -> assertThat(data(b, "screenFeedbackReply")).isNull()),
                // Public by design, and only for an organisation that turned its form on (Lakeside has not).
                "submitFeedback", new Case("submitFeedback", Map.of("input", Map.of("organization",
                        TestTokens.LAKESIDE, "message", "Hello")),
                        b -> assertThat(data(b, "submitFeedback.received")).isEqualTo(false)),
                // The same external ID from another organisation's connector is that organisation's own thread.
                "ingestFeedback", new Case("ingestFeedback", Map.of("input", Map.of("items", List.of(
                        FeedbackFixtures.item("GOOGLE_REVIEW", externalId, "PUBLIC", "Taken over")))),
                        b -> {
                            assertThat(data(b, "ingestFeedback.results.0.created")).isEqualTo(true);
                            assertThat(data(b, "ingestFeedback.results.0.threadId")).isNotEqualTo(id);
                        }, TestTokens.client(TestTokens.LAKESIDE, "feedback:write")),
                "replyToFeedback", new Case("replyToFeedback", Map.of("input", with(byId, "text", "Hijacked")),
                        b -> notFound(b, "replyToFeedback")),
                "addFeedbackNote", new Case("addFeedbackNote", Map.of("input", Map.of("threadId", id, "text", "Peek")),
                        b -> notFound(b, "addFeedbackNote")),
                "assignFeedback", new Case("assignFeedback", Map.of("input", byId),
                        b -> notFound(b, "assignFeedback"))));
        cases.putAll(Map.of(
                "setFeedbackStatus", new Case("setFeedbackStatus", Map.of("input", with(byId, "status", "RESOLVED")),
                        b -> notFound(b, "setFeedbackStatus")),
                // The same external ID imported by another organisation's staff is that organisation's own thread.
                "importFeedback", new Case("importFeedback", Map.of("input", Map.of("items", List.of(
                        FeedbackFixtures.item("GOOGLE_REVIEW", externalId, "PUBLIC", "Taken over")))),
                        b -> assertThat(data(b, "importFeedback.results.0.threadId")).isNotEqualTo(id)),
                "sendLiveQuestionToInbox", new Case("sendLiveQuestionToInbox", Map.of("input", Map.of("questionId",
                        questionId)), b -> assertThat(data(b, "sendLiveQuestionToInbox.userErrors.0.code"))
                                .isEqualTo("NOT_FOUND")),
                "tagFeedback", new Case("tagFeedback", Map.of("input", Map.of("threadId", id, "tags", List.of("x"))),
                        b -> notFound(b, "tagFeedback")),
                "createSavedReply", new Case("createSavedReply", Map.of("input", Map.of("title", "Theirs", "text",
                        "Their reply")), b -> assertThat(data(b, "createSavedReply.savedReply.id")).isNotEqualTo(replyId)),
                "updateSavedReply", new Case("updateSavedReply", Map.of("input", Map.of("id", replyId,
                        "expectedVersion", 1, "title", "Hijacked")),
                        b -> assertThat(data(b, "updateSavedReply.userErrors.0.code")).isEqualTo("NOT_FOUND")),
                // Each organisation has its own settings: a stale version changes nothing anywhere.
                "updateFeedbackSettings", new Case("updateFeedbackSettings", Map.of("input", Map.of(
                        "expectedVersion", 99, "firstResponseMinutes", List.of(Map.of("priority", "LOW",
                                "minutes", 5)))),
                        b -> assertThat(data(b, "updateFeedbackSettings.userErrors.0.code")).isEqualTo("CONFLICT"))));
        String themeDay = "2017-01-10";
        Map<String, Object> dated = FeedbackFixtures.item("GOOGLE_REVIEW", FeedbackFixtures.externalId("themes"),
                "PUBLIC", "Riverside only: the parking garage was full " + externalId);
        dated.put("sentAt", themeDay + "T12:00:00Z");
        FeedbackFixtures.ingest(world.port(), dated);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> defaults = (List<Map<String, Object>>) data(world.raw().post(
                FeedbackFixtures.MARKETER, "feedbackThemeTaxonomy", Map.of()), "feedbackThemeTaxonomy");
        List<Map<String, Object>> theirs = new java.util.ArrayList<>(defaults.stream().map(t -> Map.<String, Object>of(
                "key", t.get("key"), "label", t.get("label"), "cues", t.get("cues"))).toList());
        theirs.add(Map.of("label", "Lakeside lobby", "cues", List.of("lakeside lobby")));
        cases.putAll(Map.of(
                "feedbackThemes", new Case("feedbackThemes", Map.of("from", themeDay + "T00:00:00Z", "to",
                        themeDay + "T23:59:59Z"), b -> assertThat(data(b, "feedbackThemes.messages")).isEqualTo(0)),
                // Riverside's thread written that day is in no summary of Lakeside's.
                "feedbackSummary", new Case("feedbackSummary", Map.of("from", themeDay + "T00:00:00Z", "to",
                        themeDay + "T23:59:59Z"), b -> {
                            assertThat(data(b, "feedbackSummary.threads")).isEqualTo(0);
                            assertThat(data(b, "feedbackSummary.messages")).isEqualTo(0);
                        }),
                "feedbackThemeTaxonomy", new Case("feedbackThemeTaxonomy", Map.of(),
                        b -> assertThat((List<?>) data(b, "feedbackThemeTaxonomy")).hasSize(defaults.size())),
                // Another organisation's taxonomy is its own: Riverside's stays as it was (checked below).
                "updateFeedbackThemeTaxonomy", new Case("updateFeedbackThemeTaxonomy", Map.of("input", Map.of(
                        "themes", theirs)), b -> assertThat(data(b, "updateFeedbackThemeTaxonomy.userErrors"))
                                .isEqualTo(List.of()))));
        return Prepared.of(cases)
                .withSubscriptions(Map.of("feedbackInboxEvents", "io.carepulse.feedback.FeedbackEventsTest"
                        + "#theInboxHearsOfNewAndChangedThreadsResumesAfterASequenceAndAnotherOrganisationHearsNothing"))
                .withNodes(Map.of("FeedbackThread", id, "SavedReply", replyId))
                .untouchedWhen(() -> {
                    assertThat(world.raw().post(FeedbackFixtures.MARKETER, "feedbackThemeTaxonomy", Map.of())
                            .toString()).doesNotContain("Lakeside lobby");
                    Map<String, Object> thread = world.raw().post(FeedbackFixtures.MARKETER, "feedbackThread",
                            Map.of("id", id));
                    assertThat(data(thread, "feedbackThread.version")).isEqualTo(1);
                    assertThat(data(thread, "feedbackThread.messages").toString()).doesNotContain("Hijacked");
                    assertThat(data(thread, "feedbackThread.notes")).isEqualTo(List.of());
                });
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static void notFound(Map<String, Object> body, String mutation) {
        assertThat(data(body, mutation + ".userErrors.0.code")).isEqualTo("NOT_FOUND");
    }
}
