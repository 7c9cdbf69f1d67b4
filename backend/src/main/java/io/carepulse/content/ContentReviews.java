package io.carepulse.content;

import io.carepulse.content.ContentInputs.ArchiveContentInput;
import io.carepulse.content.ContentInputs.ReviewContentInput;
import io.carepulse.content.ContentInputs.SubmitContentForReviewInput;
import io.carepulse.content.ContentPayloads.ArchiveContentPayload;
import io.carepulse.content.ContentPayloads.ReviewContentPayload;
import io.carepulse.content.ContentPayloads.SubmitContentForReviewPayload;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The review steps: submitting (what review needs, the PHI guard, a story's consent), the clinical
 * review by a CLINICAL_REVIEWER who neither wrote nor last edited the item, the compliance review
 * of patient stories by a COMPLIANCE_OFFICER other than the clinical approver, and archiving. Each
 * step is one compare-and-set write on the item's version and status, recording the decision with
 * the hash of exactly what was approved.
 */
@Controller
class ContentReviews {

    private final ContentChecks checks;
    private final Clock clock;
    private final PostingPolicies policies;
    private final ContentSteps steps;

    ContentReviews(ContentChecks checks, PostingPolicies policies, ContentSteps steps, Clock clock) {
        this.steps = steps;
        this.policies = policies;
        this.checks = checks;
        this.clock = clock;
    }

    @MutationMapping
    Mono<SubmitContentForReviewPayload> submitContentForReview(@Argument SubmitContentForReviewInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), SubmitContentForReviewPayload::new, (current, caller) -> {
            if (!current.status().canMoveTo(ContentStatus.IN_REVIEW) || current.status() == ContentStatus.IN_REVIEW) {
                return ContentSteps.fail(SubmitContentForReviewPayload::new, ContentSteps.cannot(current.status(), "submitted for review"));
            }
            return Mono.zip(checks.forSubmission(current), policies.current()).map(found -> {
                List<UserError> errors = new java.util.ArrayList<>(found.getT1());
                errors.addAll(PolicyRules.check(found.getT2(), current));
                return errors;
            }).flatMap(errors -> !errors.isEmpty()
                    ? Mono.just(new SubmitContentForReviewPayload(null, errors))
                    : steps.move(current, ContentStatus.IN_REVIEW, new Update().unset("clinicalApprovedBy"),
                            SubmitContentForReviewPayload::new));
        });
    }

    @MutationMapping
    Mono<ReviewContentPayload> reviewContent(@Argument ReviewContentInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), ReviewContentPayload::new, (current, caller) -> {
            Content.ReviewKind kind = current.status() == ContentStatus.IN_COMPLIANCE_REVIEW
                    ? Content.ReviewKind.COMPLIANCE : Content.ReviewKind.CLINICAL;
            if (current.status() != ContentStatus.IN_REVIEW && current.status() != ContentStatus.IN_COMPLIANCE_REVIEW) {
                return ContentSteps.fail(ReviewContentPayload::new, ContentSteps.cannot(current.status(), "reviewed"));
            }
            Role needed = kind == Content.ReviewKind.CLINICAL ? Role.CLINICAL_REVIEWER : Role.COMPLIANCE_OFFICER;
            if (!caller.roles().contains(needed)) {
                return ContentSteps.fail(ReviewContentPayload::new, UserError.onInput(UserErrorCode.INVALID_STATE, "This item waits "
                        + "for a " + FieldLabels.words(kind) + " review, by a " + FieldLabels.words(needed), "contentId"));
            }
            String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
            if (input.decision() != Content.ReviewDecision.APPROVE && notes == null) {
                return ContentSteps.fail(ReviewContentPayload::new, UserError.onInput(UserErrorCode.REQUIRED,
                        "Say what needs to change, in the notes", "notes"));
            }
            if (notes != null && notes.length() > 5000) {
                return ContentSteps.fail(ReviewContentPayload::new, UserError.onInput(UserErrorCode.TOO_LONG,
                        "Notes must be 5,000 characters or fewer", "notes"));
            }
            if (input.decision() != Content.ReviewDecision.APPROVE) {
                ContentStatus target = input.decision() == Content.ReviewDecision.REJECT ? ContentStatus.REJECTED
                        : ContentStatus.CHANGES_REQUESTED;
                return steps.move(current, target, review(kind, input.decision(), notes, caller, current),
                        ReviewContentPayload::new);
            }
            UserError selfApproval = selfApproval(current, caller, kind);
            if (selfApproval != null) {
                return ContentSteps.fail(ReviewContentPayload::new, selfApproval);
            }
            long open = current.openComments();
            if (open > 0) {
                return ContentSteps.fail(ReviewContentPayload::new, UserError.of(ContentErrorCode.COMMENTS_OPEN, "Resolve the "
                        + open + (open == 1 ? " open comment" : " open comments") + " before approving", "comments"));
            }
            return checks.forApproval(current, kind).flatMap(errors -> {
                if (!errors.isEmpty()) {
                    return Mono.just(new ReviewContentPayload(null, errors));
                }
                boolean story = current.format().isAboutAPatient();
                if (kind == Content.ReviewKind.CLINICAL && story) {
                    return steps.move(current, ContentStatus.IN_COMPLIANCE_REVIEW, review(kind, input.decision(), notes,
                            caller, current).set("clinicalApprovedBy", caller.subject()), ReviewContentPayload::new);
                }
                return steps.move(current, ContentStatus.APPROVED, review(kind, input.decision(), notes, caller, current)
                        .set("approvedHash", ContentHash.of(current)).set("approvedAt", clock.instant()),
                        ReviewContentPayload::new);
            });
        });
    }

    @MutationMapping
    Mono<ArchiveContentPayload> archiveContent(@Argument ArchiveContentInput input) {
        return steps.load(input.contentId(), input.expectedVersion(), ArchiveContentPayload::new, (current, caller) ->
                current.status().canMoveTo(ContentStatus.ARCHIVED)
                        ? steps.move(current, ContentStatus.ARCHIVED, new Update(), ArchiveContentPayload::new)
                        : ContentSteps.fail(ArchiveContentPayload::new, ContentSteps.cannot(current.status(), "archived")));
    }

    /** Four eyes: nobody approves what they wrote or last edited, nor gives both approvals of a story. */
    static UserError selfApproval(Content content, Caller caller, Content.ReviewKind kind) {
        String me = caller.subject();
        if (me.equals(content.createdBy()) || me.equals(content.lastEditedBy())) {
            return UserError.onInput(ContentErrorCode.SELF_APPROVAL,
                    "You wrote or last edited this item: another reviewer must approve it", "contentId");
        }
        if (kind == Content.ReviewKind.COMPLIANCE && me.equals(content.clinicalApprovedBy())) {
            return UserError.onInput(ContentErrorCode.SELF_APPROVAL,
                    "You gave the clinical approval: another person must give the compliance approval", "contentId");
        }
        return null;
    }

    private Update review(Content.ReviewKind kind, Content.ReviewDecision decision, String notes, Caller caller,
            Content current) {
        return new Update().push("reviews", new Content.Review(kind, decision, notes, caller.subject(),
                clock.instant(), ContentHash.of(current)));
    }

}
