package io.carepulse.demo;

import io.carepulse.feedback.FeedbackSettings;
import io.carepulse.feedback.FeedbackThread;
import io.carepulse.feedback.FeedbackThread.Message;
import io.carepulse.feedback.FeedbackThread.Priority;
import io.carepulse.feedback.FeedbackThread.Source;
import io.carepulse.feedback.FeedbackThread.Visibility;
import io.carepulse.feedback.Status;
import io.carepulse.feedback.ThemeCounting;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.security.CallerAuthentication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Riverside's demo inbox, so the inbox is alive on first start: reviews good and bad, a comment
 * that gives away a phone number, a direct message about an appointment, a website form message,
 * an overdue one, one assigned to the clinical reviewer and one already answered. The website
 * form is on, so the public form can be tried too.
 */
@Component
class DemoFeedback {

    private static final String ORG = DemoData.RIVERSIDE;
    private static final String MARKETER = "marketer@riverside.example";
    private static final String REVIEWER = "reviewer@riverside.example";

    private final ReactiveMongoTemplate mongo;
    private final PhiScanner scanner;
    private final ThemeCounting themes;

    DemoFeedback(ReactiveMongoTemplate mongo, PhiScanner scanner, ThemeCounting themes) {
        this.mongo = mongo;
        this.scanner = scanner;
        this.themes = themes;
    }

    /** The inbox's settings and threads, each counted for the themes. */
    Mono<Void> seed(Instant now) {
        FeedbackSettings settings = new FeedbackSettings(ORG, ORG, null, true, null, now, 1);
        List<FeedbackThread> threads = new ArrayList<>();
        threads.add(thread(Source.GOOGLE_REVIEW, Visibility.PUBLIC, "Pat D.", 2, "Waited almost two hours past my "
                + "appointment time and nobody told us why. The nurses were kind once we got in.", Status.NEW,
                Priority.HIGH, null, now.minus(Duration.ofHours(9)), List.of("wait times"), null));
        threads.add(thread(Source.FACEBOOK_COMMENT, Visibility.PUBLIC, "Gloria M.", null, "Can someone from "
                + "cardiology call me back about my husband's stent? 951-555-0143", Status.NEW, Priority.URGENT, null,
                now.minus(Duration.ofMinutes(40)), List.of(), null));
        threads.add(thread(Source.INSTAGRAM_DM, Visibility.PRIVATE, "@runner_ana", null, "Is the new asthma clinic "
                + "taking children under 5? My daughter was just diagnosed.", Status.OPEN, Priority.NORMAL, REVIEWER,
                now.minus(Duration.ofHours(5)), List.of("asthma", "children"), null));
        threads.add(thread(Source.WEBSITE_FORM, Visibility.PRIVATE, "Sam Ortiz", null, "The new parking signs on "
                + "the north garage are so much clearer, thank you!", Status.NEW, Priority.LOW, null,
                now.minus(Duration.ofHours(2)), List.of("parking"), null));
        threads.add(thread(Source.YELP_REVIEW, Visibility.PUBLIC, "Chris L.", 5, "Friendliest front desk in town and "
                + "the flu shot clinic took ten minutes.", Status.AWAITING_PATIENT, Priority.NORMAL, MARKETER,
                now.minus(Duration.ofDays(2)), List.of("staff courtesy", "vaccines"), "Thank you for your kind words! "
                        + "We're proud of our team and will share your message with them."));
        threads.add(thread(Source.X_REPLY, Visibility.PUBLIC, "@dave_k", null, "Billing sent me the same statement "
                + "three times this month. Who do I talk to?", Status.NEW, Priority.NORMAL, null,
                now.minus(Duration.ofDays(3)), List.of("billing"), null));
        threads.addAll(history(now));
        CallerAuthentication demo = CallerAuthentication.forJob(ORG, "demo-data");
        return mongo.insert(settings).then(mongo.insertAll(threads).then())
                // Each thread is counted once under its own ID, in any order: several at a time, so the
                // file store's durable commits are shared (make run's start waits for the seeding).
                .thenMany(Flux.fromIterable(threads).flatMap(thread -> themes.count(thread)
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(demo)), 8))
                .then();
    }

    /** Source, rating, the patient's words and the staff's first reply. */
    private static final String[][] HISTORY = {
        {"GOOGLE_REVIEW", "2", "Waited over an hour in the waiting room again, nobody explained the delay.",
            "We're sorry about the wait and that nobody kept you informed. We've shared this with the clinic "
                + "manager; please message us if you'd like to talk it through."},
        {"GOOGLE_REVIEW", "5", "The nurses were kind and everything ran on time. Thank you!",
            "Thank you! We'll pass your kind words on to the nursing team."},
        {"FACEBOOK_COMMENT", "", "Is the flu shot clinic open on Saturdays this month?",
            "Yes: Saturdays 9 to 1 at the main campus through the end of the month, no appointment needed."},
        {"YELP_REVIEW", "1", "My bill had a charge I never agreed to and the insurance claim was denied.",
            "We're sorry for the trouble. Please call our billing team on the number on your statement so they "
                + "can look into it with you; we can't discuss accounts here."},
        {"FACEBOOK_MESSAGE", "", "Booking an appointment online was quick and easy this time, great job.",
            "Thanks for letting us know, that's great to hear."},
        {"X_REPLY", "", "Parking garage full again at 9am, had to park three blocks away.",
            "Sorry about that. The north garage has more space after 8:45, and the shuttle runs from the east lot "
                + "every 10 minutes."},
        {"INSTAGRAM_COMMENT", "", "The new telehealth video visits are so convenient for my mom.",
            "We're so glad telehealth is working well for your family!"},
        {"GOOGLE_REVIEW", "3", "Front desk staff seemed rushed and a bit rude, but the doctor was great.",
            "Thank you for the honest feedback. We've shared it with our front desk lead."},
        {"EMAIL", "", "Nobody called me back about my prescription refill for a week.",
            "We're sorry you waited. Our pharmacy team will call you today at the number on your record."},
        {"YELP_REVIEW", "4", "Clean rooms, friendly staff, short wait.",
            "Thank you for the review, we're glad your visit went smoothly."},
        {"FACEBOOK_COMMENT", "", "When does the new east campus shuttle start running?",
            "The east campus shuttle starts on the first of next month; times are on our website."},
        {"GOOGLE_REVIEW", "2", "Long wait to check in and the waiting room was crowded.",
            "We're sorry about the wait. We're adding a second check-in desk in the mornings."},
    };

    /**
     * How long the team took to reply first, in minutes, thread by thread: most within a few hours,
     * some the next day, and a few past the normal priority's first-response time of a day.
     */
    private static final int[] REPLY_MINUTES = {35, 95, 180, 50, 260, 1_500, 120, 75, 420, 30, 660, 1_900, 150, 840};

    /** Riverside's last two months of feedback, answered and resolved, so the themes page has periods to compare. */
    private List<FeedbackThread> history(Instant now) {
        List<FeedbackThread> threads = new ArrayList<>();
        for (int i = 0; i < 72; i++) {
            String[] row = HISTORY[i % HISTORY.length];
            Source source = Source.valueOf(row[0]);
            Visibility visibility = source.name().endsWith("MESSAGE") || source == Source.EMAIL ? Visibility.PRIVATE
                    : Visibility.PUBLIC;
            Duration age = Duration.ofHours(12 + (i * 20L) % (60 * 24));
            // Never a reply after now: the newest threads were answered within half their age.
            Duration replyAfter = Duration.ofMinutes(REPLY_MINUTES[i % REPLY_MINUTES.length]);
            threads.add(thread(source, visibility, "Visitor " + (i + 1), row[1].isEmpty() ? null
                    : Integer.valueOf(row[1]), row[2], Status.RESOLVED, Priority.NORMAL, null, now.minus(age),
                    List.of(), row[3], replyAfter.compareTo(age.dividedBy(2)) > 0 ? age.dividedBy(2) : replyAfter));
        }
        return threads;
    }

    private FeedbackThread thread(Source source, Visibility visibility, String author, Integer rating, String text,
            Status status, Priority priority, String assignee, Instant at, List<String> tags, String reply) {
        return thread(source, visibility, author, rating, text, status, priority, assignee, at, tags, reply,
                Duration.ofHours(3));
    }

    private FeedbackThread thread(Source source, Visibility visibility, String author, Integer rating, String text,
            Status status, Priority priority, String assignee, Instant at, List<String> tags, String reply,
            Duration replyAfter) {
        ObjectId id = new ObjectId();
        List<Message> messages = new ArrayList<>();
        messages.add(new Message(new ObjectId().toHexString(), FeedbackThread.Role.PATIENT, text, at, null,
                scanner.scan(text), null, null));
        Instant responded = null;
        if (reply != null) {
            responded = at.plus(replyAfter);
            messages.add(new Message(new ObjectId().toHexString(), FeedbackThread.Role.STAFF, reply, responded,
                    MARKETER, List.of(), null, "demo-" + id.toHexString()));
        }
        String handle = author.startsWith("@") ? author : null;
        String name = author.startsWith("@") ? null : author;
        Instant due = at.plus(Duration.ofMinutes(FeedbackSettings.DEFAULT_TIMES.stream()
                .filter(time -> time.priority() == priority).findFirst().orElseThrow().minutes()));
        boolean external = source != Source.WEBSITE_FORM;
        String externalId = external ? "demo-" + id.toHexString() : null;
        return new FeedbackThread(id, ORG, source, visibility, external ? source.name() + "|" + externalId
                : "own|" + id.toHexString(), externalId, handle, name, null, rating, null, null, status, priority,
                assignee, tags, due, responded, !messages.getFirst().phiFindings().isEmpty(), messages, List.of(),
                messages.getLast().sentAt(), at, at, 1);
    }
}
