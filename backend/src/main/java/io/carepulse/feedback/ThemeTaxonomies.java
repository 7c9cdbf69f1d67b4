package io.carepulse.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.carepulse.feedback.themes.Theme;
import io.carepulse.feedback.themes.ThemeProblem;
import io.carepulse.feedback.themes.ThemeTaxonomy;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.tenancy.TenantMongo;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * An organisation's clinical-service taxonomy ({@code feedbackThemeTaxonomy},
 * {@code updateFeedbackThemeTaxonomy}): CarePulse's default themes, each of which the organisation
 * may reword but not remove, and its own. Kept under the organisation's slug; the taxonomy built
 * from it (its cues analysed) is remembered for a few seconds per organisation, as every message
 * counted uses it.
 */
@Controller
class ThemeTaxonomies {

    static final int THEMES_MAX = 40;
    private static final Duration REMEMBERED = Duration.ofSeconds(30);

    /** The organisation's own themes and rewordings of the defaults. */
    @Document("feedback_theme_taxonomies")
    record StoredTaxonomy(@Id String id, List<Theme> themes, Instant updatedAt) {
    }

    /** GraphQL {@code ThemeDefinition}. */
    record ThemeDefinition(String key, String label, List<String> cues, boolean builtIn) {
    }

    record ThemeDefinitionInput(String key, String label, List<String> cues) {
    }

    record UpdateFeedbackThemeTaxonomyInput(List<ThemeDefinitionInput> themes) {
    }

    record UpdateFeedbackThemeTaxonomyPayload(List<ThemeDefinition> themes, List<UserError> userErrors)
            implements MutationPayload {

        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return "FeedbackThemeTaxonomy";
        }
    }

    private final TenantMongo mongo;
    private final Clock clock;
    private final Cache<String, ThemeTaxonomy> built = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(REMEMBERED).build();

    ThemeTaxonomies(TenantMongo mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The caller's organisation's taxonomy, ready to match messages. */
    Mono<ThemeTaxonomy> current() {
        return mongo.tenant().flatMap(org -> {
            ThemeTaxonomy remembered = built.getIfPresent(org);
            return remembered != null ? Mono.just(remembered) : stored().map(themes -> {
                ThemeTaxonomy taxonomy = ThemeTaxonomy.of(themes, Set.of());
                built.put(org, taxonomy);
                return taxonomy;
            });
        });
    }

    private Mono<List<Theme>> stored() {
        return mongo.findOwnOrganization(StoredTaxonomy.class).map(StoredTaxonomy::themes).defaultIfEmpty(List.of());
    }

    @QueryMapping
    Mono<List<ThemeDefinition>> feedbackThemeTaxonomy() {
        return current().map(ThemeTaxonomies::definitions);
    }

    private static List<ThemeDefinition> definitions(ThemeTaxonomy taxonomy) {
        Set<String> builtIn = new HashSet<>();
        ThemeTaxonomy.defaultThemes().forEach(theme -> builtIn.add(theme.key()));
        return taxonomy.themes().stream().map(theme -> new ThemeDefinition(theme.key(), theme.label(), theme.cues(),
                builtIn.contains(theme.key()))).toList();
    }

    @MutationMapping
    Mono<UpdateFeedbackThemeTaxonomyPayload> updateFeedbackThemeTaxonomy(
            @Argument UpdateFeedbackThemeTaxonomyInput input) {
        List<ThemeDefinitionInput> given = input.themes() == null ? List.of() : input.themes();
        List<UserError> errors = new ArrayList<>();
        if (given.size() > THEMES_MAX) {
            errors.add(UserError.onInput(UserErrorCode.INVALID, "A taxonomy has at most " + THEMES_MAX + " themes",
                    "themes"));
        }
        List<Theme> themes = new ArrayList<>();
        for (ThemeDefinitionInput theme : given) {
            String key = theme.key() == null || theme.key().isBlank() ? keyOf(theme.label()) : theme.key().strip();
            themes.add(new Theme(key, theme.label() == null ? null : theme.label().strip(),
                    theme.cues() == null ? List.of() : theme.cues().stream()
                            .map(cue -> cue == null ? null : cue.strip()).toList()));
        }
        for (ThemeProblem problem : ThemeTaxonomy.validate(themes)) {
            List<String> field = new ArrayList<>(List.of("input"));
            field.addAll(problem.field());
            errors.add(new UserError(field, UserErrorCode.INVALID, problem.message()));
        }
        Set<String> keys = new HashSet<>();
        themes.forEach(theme -> keys.add(theme.key()));
        ThemeTaxonomy.defaultThemes().stream().filter(theme -> !keys.contains(theme.key())).forEach(missing ->
                errors.add(UserError.onInput(UserErrorCode.REQUIRED, "“" + missing.label()
                        + "” is one of CarePulse's themes: change its words, but keep it", "themes")));
        if (!errors.isEmpty()) {
            return Mono.just(new UpdateFeedbackThemeTaxonomyPayload(null, errors));
        }
        return mongo.upsertOwnOrganization(new Update().set("themes", themes).set("updatedAt", clock.instant()),
                        StoredTaxonomy.class)
                .then(mongo.tenant().doOnNext(built::invalidate))
                .then(current())
                .map(taxonomy -> new UpdateFeedbackThemeTaxonomyPayload(definitions(taxonomy), List.of()));
    }

    /** A key from a label: "Front desk & phones" gives FRONT_DESK_PHONES. */
    static String keyOf(String label) {
        if (label == null) {
            return null;
        }
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            key = "THEME_" + key;
        }
        return key.length() > 40 ? key.substring(0, 40) : key;
    }
}
