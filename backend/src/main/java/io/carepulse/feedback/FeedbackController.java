package io.carepulse.feedback;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.carepulse.campaign.Campaign;
import io.carepulse.campaign.Campaigns;
import io.carepulse.content.Content;
import io.carepulse.content.Contents;
import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.phi.PhiFinding;
import io.carepulse.platform.graphql.BadInputException;
import io.carepulse.platform.graphql.Connection;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.NodeFetcher;
import io.carepulse.platform.graphql.PageRequest;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.security.Role;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL type {@code FeedbackThread} and the inbox's queries. */
@Controller
class FeedbackController {

    static final int PREVIEW_MAX = 160;

    private final FeedbackThreads threads;
    private final FeedbackAccessLog accessLog;
    private final Contents contents;
    private final Campaigns campaigns;
    private final Directory directory;
    private final Clock clock;

    FeedbackController(FeedbackThreads threads, FeedbackAccessLog accessLog, Contents contents, Campaigns campaigns,
            Directory directory, Clock clock) {
        this.threads = threads;
        this.accessLog = accessLog;
        this.contents = contents;
        this.campaigns = campaigns;
        this.directory = directory;
        this.clock = clock;
    }

    @QueryMapping
    Mono<Connection<FeedbackThread>> feedbackThreads(@Argument Integer first, @Argument String after,
            @Argument Integer last, @Argument String before, @Argument FeedbackThreads.Filter filter,
            DataFetchingFieldSelectionSet selection) {
        return CurrentCaller.required().flatMap(caller -> threads.page(filter, onlyAssigned(caller), clock.instant(),
                PageRequest.of(first, after, last, before), selection.contains("totalCount")));
    }

    @QueryMapping
    Mono<FeedbackThread> feedbackThread(@Argument String id) {
        ObjectId objectId = GlobalId.objectId(id, FeedbackThread.TYPE);
        if (objectId == null) {
            return Mono.error(new BadInputException("id is not a FeedbackThread ID", "id"));
        }
        return visible(objectId);
    }

    /**
     * A thread of the caller's organisation. The schema's field rules decide what of it a role
     * reads: a clinical reviewer sees what the patient wrote only in a thread assigned to them.
     */
    Mono<FeedbackThread> visible(ObjectId id) {
        return threads.byId(id);
    }

    /** The subject a clinical reviewer's inbox is narrowed to (null for the inbox's own roles). */
    static String onlyAssigned(Caller caller) {
        boolean inboxRole = caller.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.MARKETER, Role.COMPLIANCE_OFFICER));
        return inboxRole ? null : caller.subject();
    }

    @SchemaMapping(typeName = "FeedbackThread")
    String preview(FeedbackThread thread) {
        // Masked, and behind the same rule as the messages.
        return thread.messages().stream().filter(m -> m.role() == FeedbackThread.Role.PATIENT).findFirst()
                .map(FeedbackController::masked).orElse("");
    }

    /** The message with each PHI finding replaced by its type ("[PHONE]"), shortened. */
    static String masked(FeedbackThread.Message message) {
        StringBuilder text = new StringBuilder(message.text());
        List<PhiFinding> findings = message.phiFindings().stream()
                .sorted(Comparator.comparingInt(PhiFinding::start).reversed()).toList();
        for (PhiFinding finding : findings) {
            if (finding.end() <= text.length()) {
                text.replace(finding.start(), finding.end(), "[" + finding.type().name() + "]");
            }
        }
        String flat = text.toString().replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW_MAX ? flat : flat.substring(0, PREVIEW_MAX - 1).stripTrailing() + "…";
    }

    @SchemaMapping(typeName = "FeedbackThread")
    Mono<List<FeedbackThread.Message>> messages(FeedbackThread thread) {
        return accessLog.reading(thread, Mono.just(thread.messages()));
    }

    @SchemaMapping(typeName = "FeedbackThread")
    java.util.Set<Status> allowedStatuses(FeedbackThread thread) {
        return thread.status().next();
    }

    @SchemaMapping(typeName = "FeedbackThread")
    boolean overdue(FeedbackThread thread) {
        return thread.overdue(clock.instant());
    }

    @SchemaMapping(typeName = "FeedbackThread")
    Mono<User> assignee(FeedbackThread thread) {
        return thread.assignee() == null ? Mono.empty() : directory.user(thread.assignee());
    }

    @SchemaMapping(typeName = "FeedbackThread")
    Mono<Content> content(FeedbackThread thread) {
        return thread.contentId() == null ? Mono.empty() : contents.byId(thread.contentId());
    }

    @SchemaMapping(typeName = "FeedbackThread")
    Mono<Campaign> campaign(FeedbackThread thread) {
        return thread.campaignId() == null ? Mono.empty() : campaigns.byId(thread.campaignId());
    }

    @SchemaMapping(typeName = "FeedbackThread")
    reactor.core.publisher.Flux<FeedbackAccessLog.Access> accessLog(FeedbackThread thread, @Argument Integer first) {
        return accessLog.of(thread.id(), first == null ? 50 : first);
    }

    @SchemaMapping(typeName = "FeedbackAccess")
    Mono<User> by(FeedbackAccessLog.Access access) {
        return directory.user(access.actorSubject());
    }

    @SchemaMapping(typeName = "FeedbackMessage")
    Mono<User> sentBy(FeedbackThread.Message message) {
        return message.sentBy() == null ? Mono.empty() : directory.user(message.sentBy());
    }

    @SchemaMapping(typeName = "FeedbackNote")
    Mono<User> by(FeedbackThread.Note note) {
        return note.by() == null ? Mono.empty() : directory.user(note.by());
    }

    @Bean
    static NodeFetcher<FeedbackThread> feedbackThreadNodes(FeedbackController controller) {
        return NodeFetcher.byObjectId(FeedbackThread.TYPE, FeedbackThread::id, controller::visible);
    }
}
