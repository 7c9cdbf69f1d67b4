package io.carepulse.content;

import io.carepulse.consent.Consent;
import io.carepulse.consent.Consents;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.phi.AllowList;
import io.carepulse.phi.PhiErrorCode;
import io.carepulse.phi.PhiFinding;
import io.carepulse.phi.PhiScanner;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.UserError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What an item must pass before it moves on: at submission, what review needs (alt text,
 * captions), at approval the citations a health claim needs, and at both the PHI guard (every text
 * field scanned; a finding blocks unless a consent of a patient story covers it) and, for patient
 * stories, a consent that authorizes the item.
 */
@Component
class ContentChecks {

    /** A finding in one field, and whether a linked consent covers it. */
    record Finding(String field, PhiFinding finding, boolean coveredByConsent, boolean overridden) {

        boolean blocks() {
            return !coveredByConsent && !overridden;
        }
    }

    private final PhiScanner scanner;
    private final Consents consents;
    private final OrganizationSettingsStore settings;
    private final Contents contents;

    ContentChecks(PhiScanner scanner, Consents consents, OrganizationSettingsStore settings, Contents contents) {
        this.contents = contents;
        this.scanner = scanner;
        this.consents = consents;
        this.settings = settings;
    }

    /** What the scanner finds in a text the organisation writes, less its allow-list (the editor's live findings). */
    Mono<List<PhiFinding>> scan(String text) {
        return settings.current().map(org -> AllowList.without(text, scanner.scan(text), org.phiAllowList()));
    }

    Mono<List<UserError>> forSubmission(Content content) {
        List<UserError> errors = new ArrayList<>(completeness(content));
        return guard(content, null).map(more -> {
            errors.addAll(more);
            return errors;
        });
    }

    Mono<List<UserError>> forApproval(Content content, Content.ReviewKind kind) {
        List<UserError> errors = new ArrayList<>();
        if (kind == Content.ReviewKind.CLINICAL && ContentFormat.NEEDS_CITATIONS.contains(content.format())
                && content.citations().isEmpty()) {
            errors.add(UserError.of(ContentErrorCode.CONTENT_INCOMPLETE, "A " + FieldLabels.words(content.format())
                    + " needs at least one citation before it can be approved", "citations"));
        }
        return guard(content, null).map(more -> {
            errors.addAll(more);
            return errors;
        });
    }

    /**
     * Before scheduling and publishing: the approval still holds (the item is what was approved,
     * and the approval is younger than {@code validityDays}), the PHI guard, and a story's consent
     * in effect at {@code at}.
     */
    Mono<List<UserError>> forPublication(Content content, Instant at, Instant now, int validityDays) {
        List<UserError> errors = new ArrayList<>();
        if (content.approvedHash() == null || !content.approvedHash().equals(ContentHash.of(content))) {
            errors.add(UserError.of(ContentErrorCode.APPROVAL_EXPIRED,
                    "The item changed since it was approved: submit it for review again", "contentId"));
        } else if (content.approvedAt() == null
                || content.approvedAt().plus(Duration.ofDays(validityDays)).isBefore(now)) {
            errors.add(UserError.of(ContentErrorCode.APPROVAL_EXPIRED, "The approval is older than " + validityDays
                    + " days: submit the item again for a new approval", "contentId"));
        }
        return Mono.zip(guard(content, at), stillToCorrect(content)).map(more -> {
            errors.addAll(more.getT1());
            errors.addAll(more.getT2());
            return errors;
        });
    }

    /**
     * A correction goes out only while the item it corrects is still published: once another
     * correction replaced it (or it was retracted), publishing this one would put a second version out.
     */
    private Mono<List<UserError>> stillToCorrect(Content content) {
        if (content.correctionOf() == null) {
            return Mono.just(List.of());
        }
        return contents.byId(content.correctionOf())
                .map(original -> original.status() == ContentStatus.PUBLISHED ? List.<UserError>of()
                        : List.of(UserError.onInput(io.carepulse.platform.graphql.UserErrorCode.INVALID_STATE,
                                "The item this corrects is no longer published (already replaced or retracted): "
                                        + "archive this correction", "contentId")))
                .defaultIfEmpty(List.of());
    }

    /** Every finding in every text field, each marked covered or not by the item's authorizing consents. */
    Mono<List<Finding>> findings(Content content) {
        return findings(content, null);
    }

    private Mono<List<Finding>> findings(Content content, Instant at) {
        return Mono.zip(authorizing(content, at), settings.current()).map(found -> {
            List<Consent> authorizing = found.getT1();
            List<String> allowList = found.getT2().phiAllowList();
            List<Finding> findings = new ArrayList<>();
            texts(content).forEach((field, text) -> AllowList.without(text, scanner.scan(text), allowList)
                    .forEach(finding -> findings.add(new Finding(field, finding, content.format().isAboutAPatient()
                            && ConsentCoverage.covers(authorizing, finding.type()),
                            overridden(content, field, text, finding)))));
            return findings;
        });
    }

    /** PHI findings that block, and a patient story's missing consent. */
    private Mono<List<UserError>> guard(Content content, Instant at) {
        return Mono.zip(findings(content, at), authorizing(content, at)).map(found -> {
            List<UserError> errors = new ArrayList<>();
            for (Finding finding : found.getT1()) {
                if (finding.blocks()) {
                    errors.add(UserError.of(PhiErrorCode.PHI_SUSPECTED, "Possible " + FieldLabels.words(
                            finding.finding().type()) + " at characters " + (finding.finding().start() + 1) + "–"
                            + finding.finding().end() + " of the " + label(finding.field())
                            + ": take it out, or link a consent that covers it", finding.field().split("\\.")));
                }
            }
            if (content.format().isAboutAPatient()) {
                if (content.consentIds().isEmpty()) {
                    errors.add(UserError.of(ContentErrorCode.CONSENT_MISSING,
                            "Link the patient's consent: a " + FieldLabels.words(content.format()) + " needs one",
                            "consentIds"));
                } else if (found.getT2().isEmpty()) {
                    errors.add(UserError.of(ContentErrorCode.CONSENT_MISSING, "No linked consent is active"
                            + (at == null ? "" : " until then") + " and covers every channel of this item and its "
                            + "purpose (" + FieldLabels.words(content.purpose()) + ")", "consentIds"));
                }
            }
            return errors;
        });
    }

    /** The linked consents that authorize the item now, and (given {@code at}) still at that moment. */
    private Mono<List<Consent>> authorizing(Content content, Instant at) {
        if (content.consentIds().isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.fromIterable(content.consentIds()).concatMap(consents::byId)
                .filter(consent -> ConsentCoverage.authorizes(consent, content))
                .filter(consent -> at == null || consent.expiresAt() == null || consent.expiresAt().isAfter(at))
                .collectList();
    }

    private static boolean overridden(Content content, String field, String text, PhiFinding finding) {
        String quote = text.substring(finding.start(), finding.end());
        return content.phiOverrides() != null && content.phiOverrides().stream().anyMatch(o -> o.field().equals(field)
                && o.type() == finding.type() && o.quote().equals(quote));
    }

    private static List<UserError> completeness(Content content) {
        List<UserError> errors = new ArrayList<>();
        for (int i = 0; i < content.media().size(); i++) {
            Content.Media media = content.media().get(i);
            String index = String.valueOf(i);
            boolean picture = media.kind() == Content.MediaKind.IMAGE || media.kind() == Content.MediaKind.INFOGRAPHIC;
            if (picture && media.altText() == null) {
                errors.add(UserError.onInput(ContentErrorCode.CONTENT_INCOMPLETE,
                        "Describe the image for people who cannot see it (alt text)", "media", index, "altText"));
            }
            if (!picture && media.captionsUrl() == null && media.transcript() == null) {
                errors.add(UserError.onInput(ContentErrorCode.CONTENT_INCOMPLETE,
                        "Add captions or a transcript for people who cannot hear it", "media", index, "captionsUrl"));
            }
        }
        return errors;
    }

    /** The text fields scanned, by their path (body, variants.INSTAGRAM, media.0.altText …). */
    static Map<String, String> texts(Content content) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", content.title());
        texts.put("body", content.body());
        content.variants().forEach(variant -> texts.put("variants." + variant.channel().name(), variant.text()));
        for (int i = 0; i < content.media().size(); i++) {
            Content.Media media = content.media().get(i);
            if (media.altText() != null) {
                texts.put("media." + i + ".altText", media.altText());
            }
            if (media.transcript() != null) {
                texts.put("media." + i + ".transcript", media.transcript());
            }
        }
        return texts;
    }

    private static String label(String field) {
        if (field.startsWith("variants.")) {
            return ContentRules.name(io.carepulse.segment.Channel.valueOf(field.substring(9))) + " text";
        }
        return field.startsWith("media.") ? "media's " + field.substring(field.lastIndexOf('.') + 1)
                .replace("altText", "alt text") : field;
    }
}
