package io.carepulse.feedback;

import static io.carepulse.feedback.FeedbackFixtures.COMPLIANCE;
import static io.carepulse.feedback.FeedbackFixtures.CONNECTOR;
import static io.carepulse.feedback.FeedbackFixtures.MARKETER;
import static io.carepulse.feedback.FeedbackFixtures.REVIEWER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inbox end to end over HTTP: feedback in from a connector (once per source and external ID)
 * and the public form, screened for PHI; replies through the guard, sent through the publisher;
 * and the work on a thread (notes, assignment, status, tags).
 */
class FeedbackInboxTest extends IntegrationTest {

    @Test
    void aConnectorsItemIsOneThreadHoweverOftenItIsSentAndBadItemsAreNamedByPosition() {
        String externalId = FeedbackFixtures.externalId("review");
        Map<String, Object> review = FeedbackFixtures.item("GOOGLE_REVIEW", externalId, "PUBLIC",
                "Waited two hours in the lobby. Call me back at 951-555-0199.");
        review.put("rating", 2);
        Map<String, Object> bad = FeedbackFixtures.item("YELP_REVIEW", " ", "PUBLIC", "");
        bad.put("rating", 9);
        Map<String, Object> first = new RawGraphQl(port).post(CONNECTOR, "ingestFeedback",
                Map.of("input", Map.of("items", List.of(review, bad))));
        assertThat(data(first, "ingestFeedback.results.0.created")).isEqualTo(true);
        String threadId = (String) data(first, "ingestFeedback.results.0.threadId");
        Map<String, Object> thread = new RawGraphQl(port).post(MARKETER, "feedbackThread", Map.of("id", threadId));
        assertThat(data(thread, "feedbackThread.hasPhi")).isEqualTo(true);
        assertThat(data(thread, "feedbackThread.preview"))
                .isEqualTo("Waited two hours in the lobby. Call me back at [PHONE].");
        assertThat(data(thread, "feedbackThread.messages.0.phiFindings.0.type")).isEqualTo("PHONE");
        new RawGraphQl(port).post(MARKETER, "feedbackThread", Map.of("id", threadId));
        Map<String, Object> log = new RawGraphQl(port).postQuery(COMPLIANCE, "query($id: ID!) { feedbackThread(id: $id) "
                + "{ accessLog { by { id } at } } }", Map.of("id", threadId));
        assertThat(data(log, "feedbackThread.accessLog")).as("two reads within minutes: one entry").asList().hasSize(1);
        assertThat(data(log, "feedbackThread.accessLog.0.by.id"))
                .isEqualTo(GlobalId.encode("User", "inbox@riverside-health.test"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) data(first, "ingestFeedback.userErrors");
        assertThat(errors).extracting(e -> e.get("field").toString()).containsExactlyInAnyOrder(
                "[input, items, 1, externalId]", "[input, items, 1, message]", "[input, items, 1, rating]");

        Map<String, Object> again = new RawGraphQl(port).post(CONNECTOR, "ingestFeedback",
                Map.of("input", Map.of("items", List.of(review))));
        assertThat(data(again, "ingestFeedback.results.0.created")).isEqualTo(false);
        assertThat(data(again, "ingestFeedback.results.0.threadId")).isEqualTo(threadId);
        Map<String, Object> inbox = new RawGraphQl(port).post(MARKETER, "feedbackThreads", Map.of("first", 50,
                "filter", Map.of("search", "two hours in the lobby")));
        assertThat((List<?>) data(inbox, "feedbackThreads.edges")).hasSize(1);

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(FeedbackFixtures.item("EMAIL", "bulk-" + i, "PRIVATE", "Hello"));
        }
        Map<String, Object> refused = new RawGraphQl(port).post(CONNECTOR, "ingestFeedback",
                Map.of("input", Map.of("items", tooMany)));
        assertThat(data(refused, "ingestFeedback.userErrors.0.message"))
                .isEqualTo("Send at most 500 items a call (this one had 501)");

        Map<String, Object> byStaff = new RawGraphQl(port).post(MARKETER, "ingestFeedback",
                Map.of("input", Map.of("items", List.of(review))));
        assertThat(RawGraphQl.classifications(byStaff)).as("only connectors ingest").containsExactly("FORBIDDEN");
        Map<String, Object> imported = new RawGraphQl(port).post(MARKETER, "importFeedback",
                Map.of("input", Map.of("items", List.of(review))));
        assertThat(data(imported, "importFeedback.results.0.threadId")).as("staff import: the same thread")
                .isEqualTo(threadId);
        assertThat(data(imported, "importFeedback.results.0.created")).isEqualTo(false);
    }

    @Test
    void theWebsiteFormTakesFeedbackWithoutSignInOnceTurnedOnAndRefusesTooLongMessages() {
        Map<String, Object> nowhere = new RawGraphQl(port).post(null, "submitFeedback", Map.of("input", Map.of(
                "organization", "no-such-clinic", "message", "Hello")));
        assertThat(data(nowhere, "submitFeedback.received")).isEqualTo(false);
        assertThat(data(nowhere, "submitFeedback.userErrors.0.field")).isEqualTo(List.of("input", "organization"));
        Map<String, Object> settings = new RawGraphQl(port).post(FeedbackFixtures.ADMIN, "feedbackSettings", Map.of());
        Map<String, Object> turnedOn = new RawGraphQl(port).post(FeedbackFixtures.ADMIN, "updateFeedbackSettings",
                Map.of("input", Map.of("expectedVersion", data(settings, "feedbackSettings.version"), "websiteForm",
                        true)));
        assertThat(data(turnedOn, "updateFeedbackSettings.feedbackSettings.websiteForm")).as("%s", turnedOn)
                .isEqualTo(true);

        String marker = FeedbackFixtures.externalId("form");
        Map<String, Object> sent = new RawGraphQl(port).post(null, "submitFeedback", Map.of("input", Map.of(
                "organization", TestTokens.RIVERSIDE, "name", "Sam Ortiz", "message",
                "The new parking signs are great " + marker)));
        assertThat(data(sent, "submitFeedback.received")).as("%s", sent).isEqualTo(true);
        Map<String, Object> inbox = new RawGraphQl(port).post(MARKETER, "feedbackThreads", Map.of("first", 10,
                "filter", Map.of("search", marker, "source", List.of("WEBSITE_FORM"), "status", List.of("NEW"))));
        assertThat((List<?>) data(inbox, "feedbackThreads.edges")).hasSize(1);

        Map<String, Object> tooLong = new RawGraphQl(port).post(null, "submitFeedback", Map.of("input", Map.of(
                "organization", TestTokens.RIVERSIDE, "message", "a".repeat(100_000))));
        assertThat(data(tooLong, "submitFeedback.userErrors.0.field")).isEqualTo(List.of("input", "message"));
        assertThat(data(tooLong, "submitFeedback.userErrors.0.code")).isEqualTo("TOO_LONG");
    }

    @Test
    void aPublicReplyThatConfirmsCareIsRefusedWithASuggestedReplyWhichIsThenSent() {
        Map<String, Object> review = FeedbackFixtures.item("GOOGLE_REVIEW", FeedbackFixtures.externalId("review"),
                "PUBLIC", "Front desk was rude and my bill is wrong.");
        review.put("rating", 1);
        String threadId = FeedbackFixtures.ingest(port, review);
        int version = FeedbackFixtures.version(port, threadId);

        Map<String, Object> screened = new RawGraphQl(port).post(MARKETER, "screenFeedbackReply", Map.of("threadId",
                threadId, "text", "Sorry Dana, your test results are ready and we fixed the bill."));
        assertThat(data(screened, "screenFeedbackReply.sendable")).isEqualTo(false);
        assertThat(data(screened, "screenFeedbackReply.findings").toString())
                .contains("code=PATIENT_RELATIONSHIP_DISCLOSED, phiType=null, start=12, end=29")
                .as("the patient's name too").contains("code=PHI_SUSPECTED, phiType=PERSON_NAME");

        Map<String, Object> refused = new RawGraphQl(port).post(MARKETER, "replyToFeedback", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", version, "text", "Sorry, your test results are ready.")));
        assertThat(data(refused, "replyToFeedback.thread")).isNull();
        assertThat(data(refused, "replyToFeedback.userErrors.0.code")).isEqualTo("PATIENT_RELATIONSHIP_DISCLOSED");
        assertThat((String) data(refused, "replyToFeedback.userErrors.0.message"))
                .startsWith("“your test results” (characters 8–24) tells everyone this person is a patient");
        String suggested = (String) data(refused, "replyToFeedback.suggestedReply.id");
        assertThat(data(refused, "replyToFeedback.suggestedReply.title")).isEqualTo("Sorry to hear about an experience");
        assertThat(FeedbackFixtures.version(port, threadId)).as("nothing written").isEqualTo(version);

        Map<String, Object> sent = new RawGraphQl(port).post(MARKETER, "replyToFeedback", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", version, "savedReplyId", suggested)));
        assertThat(data(sent, "replyToFeedback.userErrors")).as("%s", sent).isEqualTo(List.of());
        assertThat(data(sent, "replyToFeedback.thread.status")).isEqualTo("AWAITING_PATIENT");
        assertThat(data(sent, "replyToFeedback.thread.firstRespondedAt")).isNotNull();
        assertThat(data(sent, "replyToFeedback.thread.messages.1.role")).isEqualTo("STAFF");
        assertThat((String) data(sent, "replyToFeedback.thread.messages.1.text")).startsWith("We're sorry to hear");
        assertThat((String) data(sent, "replyToFeedback.thread.messages.1.deliveryId")).startsWith("reply-");
    }

    @Test
    void onlyAComplianceOfficerSendsARefusedReplyAndOnlyWithAJustification() {
        String threadId = FeedbackFixtures.ingest(port, FeedbackFixtures.item("FACEBOOK_COMMENT",
                FeedbackFixtures.externalId("comment"), "PUBLIC", "Thanks for the flu clinic!"));
        int version = FeedbackFixtures.version(port, threadId);
        String text = "Glad your appointment went well!";
        String justification = "Confirmed with the patient by phone that they posted this publicly themselves.";
        Map<String, Object> byMarketer = new RawGraphQl(port).post(MARKETER, "replyToFeedback", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", version, "text", text, "overrideJustification",
                justification)));
        assertThat(data(byMarketer, "replyToFeedback.userErrors.0.field"))
                .isEqualTo(List.of("input", "overrideJustification"));
        Map<String, Object> terse = new RawGraphQl(port).post(COMPLIANCE, "replyToFeedback", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", version, "text", text, "overrideJustification", "ok")));
        assertThat((String) data(terse, "replyToFeedback.userErrors.0.message")).startsWith("Say why it may be sent");
        Map<String, Object> overridden = new RawGraphQl(port).post(COMPLIANCE, "replyToFeedback", Map.of("input",
                Map.of("threadId", threadId, "expectedVersion", version, "text", text, "overrideJustification",
                        justification)));
        assertThat(data(overridden, "replyToFeedback.thread.messages.1.overrideJustification")).isEqualTo(justification);

        Map<String, Object> empty = new RawGraphQl(port).post(MARKETER, "replyToFeedback", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", version + 1, "text", "  ")));
        assertThat(data(empty, "replyToFeedback.userErrors.0.code")).isEqualTo("REQUIRED");
    }

    @Test
    void aModeratorSendsALiveQuestionToTheInboxOnceAndAnotherModeratorCannot() {
        io.carepulse.support.LiveQa liveQa = new io.carepulse.support.LiveQa(port);
        io.carepulse.support.LiveQa.Session session = liveQa.schedule(TestTokens.RIVERSIDE, "Ask a dermatologist "
                + FeedbackFixtures.externalId("live"), null);
        String questionId = liveQa.ask(liveQa.join(session.joinCode(), "Noor"), "Is this mole on my arm worth a "
                + "check-up? It changed colour last month.");
        String moderator = TestTokens.staff(TestTokens.RIVERSIDE, io.carepulse.platform.security.Role.MODERATOR);
        Map<String, Object> sent = new RawGraphQl(port).post(moderator, "sendLiveQuestionToInbox", Map.of("input",
                Map.of("questionId", questionId)));
        assertThat(data(sent, "sendLiveQuestionToInbox.created")).as("%s", sent).isEqualTo(true);
        String threadId = (String) data(sent, "sendLiveQuestionToInbox.threadId");
        Map<String, Object> again = new RawGraphQl(port).post(moderator, "sendLiveQuestionToInbox", Map.of("input",
                Map.of("questionId", questionId)));
        assertThat(data(again, "sendLiveQuestionToInbox.created")).isEqualTo(false);
        assertThat(data(again, "sendLiveQuestionToInbox.threadId")).isEqualTo(threadId);

        Map<String, Object> thread = new RawGraphQl(port).post(MARKETER, "feedbackThread", Map.of("id", threadId));
        assertThat(data(thread, "feedbackThread.source")).isEqualTo("LIVE_QA");
        assertThat(data(thread, "feedbackThread.authorName")).isEqualTo("Noor");
        assertThat((String) data(thread, "feedbackThread.messages.0.text")).startsWith("Is this mole on my arm");
        assertThat(data(thread, "feedbackThread.tags")).isEqualTo(List.of("live q&a"));
        assertThat((String) data(thread, "feedbackThread.notes.0.text")).startsWith("Asked in the live session “Ask a");

        String notTheirs = TestTokens.token("other.moderator@riverside-health.test", TestTokens.RIVERSIDE,
                List.of("MODERATOR"), List.of(), TestTokens.ISSUER, java.time.Instant.now().plusSeconds(600));
        Map<String, Object> refused = new RawGraphQl(port).post(notTheirs, "sendLiveQuestionToInbox", Map.of("input",
                Map.of("questionId", questionId)));
        assertThat(data(refused, "sendLiveQuestionToInbox.userErrors.0.code")).as("not a moderator of that session")
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aThreadIsWorkedWithNotesAssignmentStatusAndTagsAndAReviewerSeesOnlyWhatIsAssignedToThem() {
        String threadId = FeedbackFixtures.ingest(port, FeedbackFixtures.item("INSTAGRAM_DM",
                FeedbackFixtures.externalId("dm"), "PRIVATE", "Is the new asthma clinic taking children?"));
        new RawGraphQl(port).post(REVIEWER, "viewer", Map.of());
        Map<String, Object> notYet = new RawGraphQl(port).post(REVIEWER, "feedbackThread", Map.of("id", threadId));
        assertThat(data(notYet, "feedbackThread.messages")).as("not assigned to them").isNull();
        assertThat(RawGraphQl.classifications(notYet)).contains("FORBIDDEN");
        assertThat(data(new RawGraphQl(port).post(REVIEWER, "feedbackThreads", Map.of("first", 50)),
                "feedbackThreads.edges").toString()).as("their inbox lists what is assigned to them")
                .doesNotContain(threadId);

        Map<String, Object> notTheirs = new RawGraphQl(port).post(REVIEWER, "addFeedbackNote", Map.of("input",
                Map.of("threadId", threadId, "text", "Peeking")));
        assertThat(data(notTheirs, "addFeedbackNote.userErrors.0.code")).as("not assigned to them")
                .isEqualTo("NOT_FOUND");
        new RawGraphQl(port).post(MARKETER, "addFeedbackNote", Map.of("input", Map.of("threadId", threadId,
                "text", "Ask Dr. Chen which ages the clinic takes.")));
        Map<String, Object> assigned = new RawGraphQl(port).post(MARKETER, "assignFeedback", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", FeedbackFixtures.version(port, threadId),
                "assigneeId", GlobalId.encode("User", "dr.inbox@riverside-health.test"), "priority", "HIGH")));
        assertThat(data(assigned, "assignFeedback.userErrors")).as("%s", assigned).isEqualTo(List.of());
        assertThat(data(assigned, "assignFeedback.thread.priority")).isEqualTo("HIGH");
        Map<String, Object> seen = new RawGraphQl(port).post(REVIEWER, "feedbackThread", Map.of("id", threadId));
        assertThat(data(seen, "feedbackThread.messages.0.text")).isEqualTo("Is the new asthma clinic taking children?");
        assertThat(data(seen, "feedbackThread.notes.0.text")).isEqualTo("Ask Dr. Chen which ages the clinic takes.");
        Map<String, Object> reviewerNote = new RawGraphQl(port).post(REVIEWER, "addFeedbackNote", Map.of("input",
                Map.of("threadId", threadId, "text", "Ages 2 and up; under 2 see pediatrics.")));
        assertThat(data(reviewerNote, "addFeedbackNote.thread.notes.1.text"))
                .isEqualTo("Ages 2 and up; under 2 see pediatrics.");

        Map<String, Object> wrong = new RawGraphQl(port).post(MARKETER, "setFeedbackStatus", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", FeedbackFixtures.version(port, threadId), "status",
                "NEW")));
        assertThat(data(wrong, "setFeedbackStatus.userErrors.0.message")).isEqualTo("A new thread cannot become new");
        Map<String, Object> resolved = new RawGraphQl(port).post(MARKETER, "setFeedbackStatus", Map.of("input", Map.of(
                "threadId", threadId, "expectedVersion", FeedbackFixtures.version(port, threadId), "status",
                "RESOLVED")));
        assertThat(data(resolved, "setFeedbackStatus.thread.status")).isEqualTo("RESOLVED");
        assertThat(data(resolved, "setFeedbackStatus.thread.allowedStatuses")).isEqualTo(List.of("OPEN"));
        Map<String, Object> tagged = new RawGraphQl(port).post(MARKETER, "tagFeedback", Map.of("input", Map.of(
                "threadId", threadId, "tags", List.of("Asthma", "children", "asthma"))));
        assertThat(data(tagged, "tagFeedback.thread.tags")).isEqualTo(List.of("asthma", "children"));
        Map<String, Object> byTag = new RawGraphQl(port).post(REVIEWER, "feedbackThreads", Map.of("first", 50,
                "filter", Map.of("tag", "asthma")));
        assertThat(data(byTag, "feedbackThreads.edges").toString()).contains(threadId);
    }
}
