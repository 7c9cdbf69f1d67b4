package io.carepulse.content;

import io.carepulse.phi.PhiType;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import java.time.Clock;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code overridePhiFinding}: a COMPLIANCE_OFFICER lets one finding through with a justification
 * (the decision is audited; the justification stays on the item, never in the audit log). The
 * override names the exact text: it holds while that text stays in that field, and a new
 * identifier typed later is a new finding.
 */
@Controller
class PhiOverrides {

    static final int JUSTIFICATION_MIN = 20;

    record OverridePhiFindingInput(String contentId, String field, PhiType type, int start, int end,
            String justification) {
    }

    record OverridePhiFindingPayload(Content content, List<UserError> userErrors) implements MutationPayload {

        @Override
        public String auditTargetId() {
            return content == null ? null : GlobalId.encode(Content.TYPE, content.id());
        }

        @Override
        public String auditTargetType() {
            return Content.TYPE;
        }
    }

    private final TenantMongo mongo;
    private final Contents contents;
    private final ContentChecks checks;
    private final ContentChanges changes;
    private final Clock clock;

    PhiOverrides(TenantMongo mongo, Contents contents, ContentChecks checks, ContentChanges changes, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.contents = contents;
        this.checks = checks;
        this.clock = clock;
    }

    @MutationMapping
    Mono<OverridePhiFindingPayload> overridePhiFinding(@Argument OverridePhiFindingInput input) {
        ObjectId id = GlobalId.objectId(input.contentId(), Content.TYPE);
        InputChecks check = new InputChecks();
        String justification = check.text("justification", input.justification(), 2000, true);
        check.check(justification == null || justification.length() >= JUSTIFICATION_MIN, UserErrorCode.INVALID,
                "Say why it may be published, in at least " + JUSTIFICATION_MIN + " characters", "justification");
        if (id == null || !check.ok()) {
            return Mono.just(new OverridePhiFindingPayload(null, id == null ? List.of(ContentSteps.NOT_FOUND)
                    : check.errors()));
        }
        return Mono.zip(contents.byId(id), CurrentCaller.required()).flatMap(found -> checks.findings(found.getT1())
                .flatMap(findings -> findings.stream().filter(f -> f.field().equals(input.field())
                                && f.finding().type() == input.type() && f.finding().start() == input.start()
                                && f.finding().end() == input.end()).findFirst()
                        .map(finding -> {
                            if (!finding.blocks()) {
                                return Mono.just(new OverridePhiFindingPayload(null, List.of(UserError.onInput(
                                        UserErrorCode.INVALID_STATE, finding.overridden()
                                                ? "This finding is already overridden"
                                                : "This finding is covered by the item's consent: nothing to override",
                                        "start"))));
                            }
                            String text = ContentChecks.texts(found.getT1()).get(finding.field());
                            Content.PhiOverride override = new Content.PhiOverride(finding.field(), input.type(),
                                    text.substring(input.start(), input.end()), justification, found.getT2().subject(),
                                    clock.instant());
                            return changes.relayedContent(mongo.findAndModify(Query.query(Criteria.where("_id")
                                    .is(id)), changes.with(new Update().push("phiOverrides", override),
                                    ContentChanges.Kind.UPDATED, found.getT1().organizationId()), Content.class))
                                    .map(updated -> new OverridePhiFindingPayload(updated, List.of()));
                        })
                        .orElseGet(() -> Mono.just(new OverridePhiFindingPayload(null, List.of(UserError.onInput(
                                UserErrorCode.NOT_FOUND, "No such finding in this item now: look at its findings "
                                        + "again", "start")))))))
                .defaultIfEmpty(new OverridePhiFindingPayload(null, List.of(ContentSteps.NOT_FOUND)));
    }
}
