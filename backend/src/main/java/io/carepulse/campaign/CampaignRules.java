package io.carepulse.campaign;

import io.carepulse.campaign.Campaign.KpiMetric;
import io.carepulse.campaign.Campaign.KpiTarget;
import io.carepulse.campaign.Campaign.Money;
import io.carepulse.campaign.CampaignInputs.KpiTargetInput;
import io.carepulse.campaign.CampaignInputs.MoneyInput;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.segment.AudienceSegment;
import io.carepulse.segment.Channel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;

/** Validation of a {@link CampaignDraft}; every failure names its input field. */
final class CampaignRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int HASHTAGS_MAX = 30;
    static final int SEGMENTS_MAX = 50;
    static final BigDecimal BUDGET_MAX = new BigDecimal("1000000000000");
    /** A # followed by letters, digits or underscores, as every major network accepts. */
    static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]{1,100}");

    /** How the campaign form names fields whose path alone reads badly. */
    static final FieldLabels LABELS = FieldLabels.of(java.util.Map.of("segmentIds", "Segments",
            "kpiTargets.target", "KPI target", "kpiTargets.metric", "KPI metric"));

    private CampaignRules() {
    }

    /** The draft's fields, normalised, when the draft is valid. */
    record Valid(String name, String description, List<String> hashtags, Campaign.Objective objective,
            java.time.LocalDate startDate, java.time.LocalDate endDate, List<Channel> channels,
            List<ObjectId> segmentIds, List<KpiTarget> kpiTargets, Money budget) {
    }

    static Valid validate(InputChecks checks, CampaignDraft draft) {
        String name = checks.text("name", draft.name(), NAME_MAX, true);
        String description = checks.text("description", draft.description(), DESCRIPTION_MAX, false);
        List<String> hashtags = hashtags(checks, draft.hashtags());
        checks.check(draft.objective() != null, UserErrorCode.REQUIRED, "Choose an objective", "objective");
        checks.check(draft.startDate() != null, UserErrorCode.REQUIRED, "Enter a start date", "startDate");
        if (draft.startDate() != null && draft.endDate() != null) {
            checks.check(!draft.endDate().isBefore(draft.startDate()), UserErrorCode.INVALID,
                    "End date must be on or after the start date", "endDate");
        }
        List<Channel> channels = draft.channels() == null ? List.of() : List.copyOf(new LinkedHashSet<>(draft.channels()));
        return new Valid(name, description, hashtags, draft.objective(), draft.startDate(), draft.endDate(),
                channels, segmentIds(checks, draft.segmentIds()), kpiTargets(checks, draft.kpiTargets()),
                budget(checks, draft.budget()));
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<String> hashtags(InputChecks checks, List<String> values) {
        List<String> tags = checks.strings("hashtags", values, HASHTAGS_MAX, 101);
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (HASHTAG.matcher(tags.get(i)).matches()) {
                valid.add(tags.get(i));
            } else {
                checks.fail(UserErrorCode.INVALID, "“" + tags.get(i) + "” is not a hashtag: use only letters, "
                        + "numbers and underscores after the #", "hashtags", String.valueOf(indexOf(values, tags.get(i))));
            }
        }
        return valid;
    }

    private static List<ObjectId> segmentIds(InputChecks checks, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<ObjectId> result = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            ObjectId id = GlobalId.objectId(ids.get(i), AudienceSegment.TYPE);
            if (id == null) {
                checks.fail(UserErrorCode.INVALID, "Choose segments from the list", "segmentIds",
                        String.valueOf(i));
            } else {
                result.add(id);
            }
        }
        checks.check(result.size() <= SEGMENTS_MAX, UserErrorCode.INVALID,
                "Choose " + SEGMENTS_MAX + " audience segments or fewer", "segmentIds");
        return List.copyOf(result);
    }

    private static List<KpiTarget> kpiTargets(InputChecks checks, List<KpiTargetInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        Set<KpiMetric> seen = EnumSet.noneOf(KpiMetric.class);
        List<KpiTarget> targets = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            KpiTargetInput in = inputs.get(i);
            String index = String.valueOf(i);
            double value = in.target() == null ? Double.NaN : in.target();
            if (!Double.isFinite(value) || value < 0) {
                checks.fail(UserErrorCode.INVALID, "Target must be 0 or more", "kpiTargets", index, "target");
            } else if (in.metric() == KpiMetric.ENGAGEMENT_RATE && value > 100) {
                checks.fail(UserErrorCode.INVALID, "Engagement rate must be from 0 to 100", "kpiTargets", index,
                        "target");
            } else if (!seen.add(in.metric())) {
                checks.fail(UserErrorCode.INVALID, capitalised(FieldLabels.words(in.metric()))
                        + " is already a target: use each metric once", "kpiTargets", index, "metric");
            } else {
                targets.add(new KpiTarget(in.metric(), value));
            }
        }
        return targets;
    }

    private static Money budget(InputChecks checks, MoneyInput budget) {
        if (budget == null) {
            return null;
        }
        BigDecimal amount = budget.amount();
        int digits = Math.max(budget.currency().getDefaultFractionDigits(), 0);
        if (amount == null || amount.signum() < 0) {
            checks.fail(UserErrorCode.INVALID, "Budget amount must be 0 or more", "budget", "amount");
        } else if (amount.stripTrailingZeros().scale() > digits) {
            checks.fail(UserErrorCode.INVALID, (digits == 0 ? "Budget amount must be a whole number for "
                    : "Budget amount can have at most " + digits + " decimal places for ")
                    + budget.currency().getCurrencyCode(), "budget", "amount");
        } else if (amount.compareTo(BUDGET_MAX) > 0) {
            checks.fail(UserErrorCode.INVALID, "Budget amount is too large", "budget", "amount");
        } else {
            return new Money(amount, budget.currency().getCurrencyCode());
        }
        return null;
    }

    private static int indexOf(List<String> values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && values.get(i).strip().equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
