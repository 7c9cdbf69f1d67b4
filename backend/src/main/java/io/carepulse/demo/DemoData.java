package io.carepulse.demo;

import io.carepulse.campaign.Campaign;
import io.carepulse.campaign.Campaign.KpiMetric;
import io.carepulse.campaign.Campaign.KpiTarget;
import io.carepulse.campaign.Campaign.Money;
import io.carepulse.campaign.Campaign.Objective;
import io.carepulse.campaign.CampaignStatus;
import io.carepulse.identity.Organization;
import io.carepulse.identity.User;
import io.carepulse.liveqa.LiveQuestion;
import io.carepulse.liveqa.LiveSession;
import io.carepulse.liveqa.LiveSessionStatus;
import io.carepulse.liveqa.QuestionFlag;
import io.carepulse.liveqa.QuestionStatus;
import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.security.Role;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.segment.AudienceSegment.AgeRange;
import io.carepulse.segment.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * The demo organisations of the development identity provider, with realistic segments and
 * campaigns. Dates are relative to the seeding day so the demo always has something running.
 */
public final class DemoData {

    static final String RIVERSIDE = "riverside-health";
    static final String LAKESIDE = "lakeside-clinic";

    final List<Organization> organizations = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<AudienceSegment> segments = new ArrayList<>();
    final List<Campaign> campaigns = new ArrayList<>();
    final List<LiveSession> liveSessions = new ArrayList<>();
    final List<LiveQuestion> liveQuestions = new ArrayList<>();
    /**
     * Who joined the live and the ended session, stored as the audience's participants are
     * ({@code live_participants}; the type is internal to live Q&A): no display names, as if all
     * joined without one.
     */
    final List<org.bson.Document> liveParticipants = new ArrayList<>();

    private final Instant now;
    private final LocalDate today;
    private final PhiScanner scanner;

    DemoData(Instant now, LocalDate today, PhiScanner scanner) {
        this.now = now;
        this.today = today;
        this.scanner = scanner;
        riverside();
        lakeside();
    }

    private void riverside() {
        organizations.add(new Organization(RIVERSIDE, "Riverside Health", now));
        String jordan = user(RIVERSIDE, "marketer@riverside.example", "Jordan Reyes", Role.MARKETER);
        String maya = user(RIVERSIDE, "admin@riverside.example", "Maya Patel", Role.ADMIN);
        user(RIVERSIDE, "compliance@riverside.example", "Samuel Okafor", Role.COMPLIANCE_OFFICER);
        user(RIVERSIDE, "reviewer@riverside.example", "Dr. Lena Brooks", Role.CLINICAL_REVIEWER);
        riversideLiveSessions(user(RIVERSIDE, "moderator@riverside.example", "Elena Novak", Role.MODERATOR));
        AudienceSegment parents = segment(RIVERSIDE, "Young parents", "Parents of children under 5 in the county",
                new AgeRange(22, 40), List.of("Riverside County"), List.of("pediatrics", "vaccination", "nutrition"),
                List.of("en-US", "es-US"), List.of(Channel.INSTAGRAM, Channel.FACEBOOK, Channel.TIKTOK));
        AudienceSegment seniors = segment(RIVERSIDE, "Seniors 65+", "Older adults and their caregivers",
                new AgeRange(65, 100), List.of("Riverside County", "Moreno Valley"),
                List.of("flu shots", "heart health", "fall prevention"), List.of("en-US"),
                List.of(Channel.FACEBOOK, Channel.YOUTUBE));
        AudienceSegment men = segment(RIVERSIDE, "Men 35–65", "Men due for prostate and heart screenings",
                new AgeRange(35, 65), List.of("Riverside", "Corona"), List.of("prostate health", "mental health",
                        "cardiology"), List.of("en-US"), List.of(Channel.FACEBOOK, Channel.X, Channel.INSTAGRAM));
        AudienceSegment staff = segment(RIVERSIDE, "Community & staff", "Followers, staff and local partners",
                null, List.of("Riverside County"), List.of("patient experience"), List.of("en-US", "es-US"),
                List.of(Channel.LINKEDIN, Channel.X, Channel.INSTAGRAM));
        campaign(RIVERSIDE, jordan, "#HelloMyNameIs", "Clinicians introduce themselves by name to make every visit "
                        + "more personal.", List.of("#HelloMyNameIs", "#PatientExperience"), Objective.ENGAGEMENT,
                CampaignStatus.ACTIVE, today.minusDays(30), today.plusDays(60),
                List.of(Channel.INSTAGRAM, Channel.X, Channel.LINKEDIN), List.of(staff),
                List.of(new KpiTarget(KpiMetric.ENGAGEMENT_RATE, 4.5), new KpiTarget(KpiMetric.REACH, 50000)),
                new Money(new BigDecimal("2500.00"), "USD"));
        campaign(RIVERSIDE, jordan, "Movember", "Men's health awareness: prostate cancer, testicular cancer and "
                        + "mental health.", List.of("#Movember", "#MensHealth"), Objective.FUNDRAISING,
                CampaignStatus.ACTIVE, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1).minusDays(1),
                List.of(Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X), List.of(men),
                List.of(new KpiTarget(KpiMetric.FUNDS_RAISED, 20000), new KpiTarget(KpiMetric.REACH, 80000)),
                new Money(new BigDecimal("4000.00"), "USD"));
        campaign(RIVERSIDE, maya, "Flu-shot season", "Remind families and seniors to get their flu shot early.",
                List.of("#FluShot", "#GetVaccinated"), Objective.PREVENTION, CampaignStatus.PLANNED,
                today.plusDays(14), today.plusDays(120), List.of(Channel.FACEBOOK, Channel.YOUTUBE, Channel.INSTAGRAM),
                List.of(parents, seniors), List.of(new KpiTarget(KpiMetric.IMPRESSIONS, 250000)),
                new Money(new BigDecimal("6000.00"), "USD"));
        campaign(RIVERSIDE, jordan, "American Heart Month", "Know your numbers: blood pressure and cholesterol checks.",
                List.of("#HeartMonth", "#GoRedForWomen"), Objective.EDUCATION, CampaignStatus.COMPLETED,
                today.minusMonths(10), today.minusMonths(9), List.of(Channel.FACEBOOK, Channel.YOUTUBE),
                List.of(seniors, men), List.of(new KpiTarget(KpiMetric.REACH, 40000)), null);
        campaign(RIVERSIDE, maya, "Live Q&A: Ask a pediatrician", "Monthly live session where pediatricians answer "
                        + "parents' questions.", List.of("#AskTheDoctor"), Objective.ENGAGEMENT, CampaignStatus.PAUSED,
                today.minusDays(60), null, List.of(Channel.INSTAGRAM, Channel.YOUTUBE), List.of(parents),
                List.of(new KpiTarget(KpiMetric.FOLLOWERS_GAINED, 1500)), null);
        campaign(RIVERSIDE, jordan, "Healthy Habits Tips", "Weekly tips on nutrition, sleep and movement.",
                List.of("#HealthyHabits", "#TipTuesday"), Objective.AWARENESS, CampaignStatus.ACTIVE,
                today.minusDays(90), null, List.of(Channel.INSTAGRAM, Channel.TIKTOK, Channel.FACEBOOK),
                List.of(parents, staff), List.of(new KpiTarget(KpiMetric.ENGAGEMENT_RATE, 3.0)), null);
    }

    private void riversideLiveSessions(String moderator) {
        liveSessions.add(new LiveSession(new ObjectId(), RIVERSIDE, "Ask a pediatrician: winter colds and flu",
                "Dr. Ana Ruiz answers parents' questions about colds, flu and when to call the doctor.",
                new LiveSession.Host("Dr. Ana Ruiz", "MD, Pediatrics"), List.of(moderator),
                today.plusDays(3).atTime(17, 0).toInstant(java.time.ZoneOffset.UTC),
                "https://www.youtube.com/@riversidehealth/live", LiveSessionStatus.SCHEDULED, "RVRS4PED",
                new LiveSession.Settings(true, LiveSession.ModerationMode.PRE_MODERATION, 500, 3, true, true, false),
                null, null, now, now, 1));
        LiveSession live = new LiveSession(new ObjectId(), RIVERSIDE, "Flu shot season: ask our pharmacist",
                "Pharmacist Sam Okafor answers your questions about this year's flu vaccines.",
                new LiveSession.Host("Sam Okafor", "PharmD"), List.of(moderator),
                now.minus(java.time.Duration.ofMinutes(20)), "https://www.facebook.com/riversidehealth/live",
                LiveSessionStatus.LIVE, "RVRS2ASK",
                new LiveSession.Settings(true, LiveSession.ModerationMode.PRE_MODERATION, 500, 3, true, false, false),
                now.minus(java.time.Duration.ofMinutes(15)), null, now, now, 2);
        liveSessions.add(live);
        participants(live, 38);
        question(live, "Jo", "Is the nasal spray vaccine as good as the shot?", QuestionStatus.APPROVED, 7, null,
                true, 14);
        question(live, null, "Can my kids get the flu shot and the COVID booster on the same day?",
                QuestionStatus.APPROVED, 4, null, false, 11);
        question(live, "Grace", "How long does it take for the flu shot to start working?", QuestionStatus.ANSWERED,
                9, new LiveQuestion.Answer("About two weeks, so get it before flu season peaks.", moderator,
                        now.minus(java.time.Duration.ofMinutes(5))), false, 12);
        question(live, "Ben", "Are there egg-free flu vaccines?", QuestionStatus.PENDING, 0, null, false, 3);
        question(live, "Maria", "I'm Maria Lopez, DOB 04/12/1961, my pharmacy says my plan won't cover the "
                + "high-dose shot, why?", QuestionStatus.PENDING, 0, null, false, 2);
        LiveSession ended = new LiveSession(new ObjectId(), RIVERSIDE, "Heart health after 50",
                "Cardiologist Dr. Lee Chen answered questions on blood pressure, cholesterol and exercise.",
                new LiveSession.Host("Dr. Lee Chen", "MD, Cardiology"), List.of(moderator),
                now.minus(java.time.Duration.ofDays(6)), "https://www.youtube.com/@riversidehealth/live",
                LiveSessionStatus.ENDED, "RVRS3HRT",
                new LiveSession.Settings(true, LiveSession.ModerationMode.PRE_MODERATION, 500, 3, true, false, true),
                now.minus(java.time.Duration.ofDays(6)), now.minus(java.time.Duration.ofDays(6)).plusSeconds(3600),
                now, now, 3);
        liveSessions.add(ended);
        participants(ended, 112);
        question(ended, "Pat", "How often should I check my blood pressure at home?", QuestionStatus.ANSWERED, 6,
                new LiveQuestion.Answer("Twice a day for a week before a visit, then as your doctor advises.",
                        moderator, now.minus(java.time.Duration.ofDays(6))), false, 6 * 24 * 60 + 30);
        question(ended, null, "Is a daily walk enough exercise for my heart?", QuestionStatus.ANSWERED, 3,
                new LiveQuestion.Answer("Thirty brisk minutes most days is a good start.", moderator,
                        now.minus(java.time.Duration.ofDays(6))), false, 6 * 24 * 60 + 20);
    }

    private void participants(LiveSession session, int joins) {
        for (int i = 0; i < joins; i++) {
            liveParticipants.add(new org.bson.Document("_id", new ObjectId())
                    .append("organizationId", session.organizationId()).append("sessionId", session.id())
                    .append("joinedAt", java.util.Date.from(session.startedAt().plusSeconds(20L * i)))
                    .append("askedAt", List.of()));
        }
    }

    /** A question screened by the real scanner, so the demo shows real flags. */
    private void question(LiveSession session, String askedBy, String text, QuestionStatus status, int upvotes,
            LiveQuestion.Answer answer, boolean pinned, int minutesAgo) {
        List<PhiFinding> findings = scanner.scan(text);
        Instant at = now.minus(java.time.Duration.ofMinutes(minutesAgo));
        List<ObjectId> upvoters = java.util.stream.Stream.generate(ObjectId::new).limit(upvotes).toList();
        liveQuestions.add(new LiveQuestion(new ObjectId(), session.organizationId(), session.id(), new ObjectId(),
                askedBy, askedBy == null, text, null, status, upvotes, upvoters, answer,
                findings.isEmpty() ? List.of() : List.of(QuestionFlag.PHI_SUSPECTED), findings,
                pinned ? session.id().toHexString() : null, 1, at, at));
    }

    private void lakeside() {
        organizations.add(new Organization(LAKESIDE, "Lakeside Clinic", now));
        String luis = user(LAKESIDE, "marketer@lakeside.example", "Luis Ortega", Role.MARKETER);
        AudienceSegment families = segment(LAKESIDE, "Local families", "Families registered with the clinic",
                new AgeRange(0, 60), List.of("Lakeside"), List.of("family medicine"), List.of("en-US"),
                List.of(Channel.FACEBOOK));
        campaign(LAKESIDE, luis, "Back-to-school checkups", "Book school physicals before the rush.",
                List.of("#BackToSchool"), Objective.PREVENTION, CampaignStatus.PLANNED, today.plusDays(30),
                today.plusDays(75), List.of(Channel.FACEBOOK), List.of(families), List.of(), null);
        campaign(LAKESIDE, luis, "Diabetes awareness month", "Screening days and healthy recipes.",
                List.of("#DiabetesAwareness"), Objective.AWARENESS, CampaignStatus.ACTIVE, today.minusDays(10),
                today.plusDays(20), List.of(Channel.FACEBOOK, Channel.INSTAGRAM), List.of(families),
                List.of(new KpiTarget(KpiMetric.REACH, 5000)), new Money(new BigDecimal("500.00"), "USD"));
    }

    private String user(String org, String email, String name, Role role) {
        users.add(new User(new ObjectId(), org, email, email, name, List.of(role), now));
        return email;
    }

    private AudienceSegment segment(String org, String name, String description, AgeRange ages,
            List<String> locations, List<String> interests, List<String> languages, List<Channel> channels) {
        AudienceSegment segment = new AudienceSegment(new ObjectId(), org, name, description, ages, locations,
                interests, languages, channels, now, now, 1);
        segments.add(segment);
        return segment;
    }

    private void campaign(String org, String owner, String name, String description, List<String> hashtags,
            Objective objective, CampaignStatus status, LocalDate start, LocalDate end, List<Channel> channels,
            List<AudienceSegment> targets, List<KpiTarget> kpis, Money budget) {
        campaigns.add(new Campaign(new ObjectId(), org, name, description, hashtags, objective, status, start, end,
                channels, targets.stream().map(AudienceSegment::id).toList(), kpis, budget, owner, now, now, 1));
    }
}
