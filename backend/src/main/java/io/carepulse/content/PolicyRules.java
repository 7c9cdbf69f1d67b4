package io.carepulse.content;

import io.carepulse.platform.graphql.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The posting policy's rules, checked at submission like PHI findings: no blocked phrase in any
 * text (each one named with its field and characters), every disclaimer that applies to the
 * item's format and topics in its body, and the hashtags its campaign requires in every channel's
 * text.
 */
final class PolicyRules {

    private PolicyRules() {
    }

    static List<UserError> check(PostingPolicy policy, Content content) {
        List<UserError> errors = new ArrayList<>();
        Map<String, String> texts = ContentChecks.texts(content);
        for (String phrase : policy.blockedPhrases()) {
            String wanted = phrase.toLowerCase(Locale.ROOT);
            texts.forEach((field, text) -> {
                int at = text.toLowerCase(Locale.ROOT).indexOf(wanted);
                if (at >= 0) {
                    errors.add(UserError.of(ContentErrorCode.POLICY_VIOLATION, "“" + phrase + "” is not allowed by "
                            + "your organisation's posting policy (characters " + (at + 1) + "–" + (at + phrase.length())
                            + " of the " + field.replace('.', ' ') + ")", field.split("\\.")));
                }
            });
        }
        for (PostingPolicy.Disclaimer disclaimer : policy.disclaimers()) {
            if (disclaimer.appliesTo(content)
                    && !content.body().toLowerCase(Locale.ROOT).contains(disclaimer.text().toLowerCase(Locale.ROOT))) {
                errors.add(UserError.of(ContentErrorCode.POLICY_VIOLATION, "Add the disclaimer “" + disclaimer.text()
                        + "” to the body, as your organisation's posting policy requires", "body"));
            }
        }
        for (PostingPolicy.Hashtags required : policy.requiredHashtags()) {
            if (!required.campaignId().equals(content.campaignId())) {
                continue;
            }
            for (Content.Variant variant : content.variants()) {
                for (String hashtag : required.hashtags()) {
                    if (!variant.text().toLowerCase(Locale.ROOT).contains(hashtag.toLowerCase(Locale.ROOT))) {
                        errors.add(UserError.of(ContentErrorCode.POLICY_VIOLATION, "Add " + hashtag + " to the "
                                + ContentRules.name(variant.channel()) + " text: the campaign requires it",
                                "variants", variant.channel().name()));
                    }
                }
            }
        }
        return errors;
    }
}
