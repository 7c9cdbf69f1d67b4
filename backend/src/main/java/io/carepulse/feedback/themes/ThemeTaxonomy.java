package io.carepulse.feedback.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's themes and the matching of a message's terms against their cues. The default
 * clinical-service themes come first, then the organisation's own; an own theme with a default's key
 * replaces it, and defaults can be switched off by key. Immutable and thread-safe: build one per
 * organisation (analysing the cues is the only cost) and reuse it for every message.
 */
public final class ThemeTaxonomy {

    private static final ThemeTaxonomy DEFAULTS = new ThemeTaxonomy(DefaultThemes.THEMES);

    private final Map<String, Theme> themes = new LinkedHashMap<>();
    /** Per theme key, per cue, the terms a message must all hold to match that cue. */
    private final Map<String, List<Set<String>>> cueTerms = new LinkedHashMap<>();
    private final Set<String> cueWords = new HashSet<>();
    private final Set<String> cuePhrases = new HashSet<>();

    private ThemeTaxonomy(List<Theme> themes) {
        for (Theme theme : themes) {
            this.themes.put(theme.key(), theme);
            List<Set<String>> cues = new ArrayList<>();
            for (String cue : theme.cues()) {
                List<String> terms = MessageTerms.phraseTerms(cue);
                cues.add(Set.copyOf(terms));
                (terms.size() == 1 && !terms.getFirst().contains(" ") ? cueWords : cuePhrases).addAll(terms);
            }
            cueTerms.put(theme.key(), List.copyOf(cues));
        }
    }

    /** The eleven default themes, shared. */
    public static ThemeTaxonomy defaults() {
        return DEFAULTS;
    }

    /** The default themes as given, for showing and editing them. */
    public static List<Theme> defaultThemes() {
        return DefaultThemes.THEMES;
    }

    /**
     * The defaults less {@code removedDefaults} (keys), with {@code custom} themes replacing the
     * default of the same key or added after the defaults.
     *
     * @throws IllegalArgumentException when {@link #validate} finds a problem: check first, and
     *     answer the problems to the user
     */
    public static ThemeTaxonomy of(List<Theme> custom, Set<String> removedDefaults) {
        List<ThemeProblem> problems = validate(custom);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid custom themes: " + problems);
        }
        Map<String, Theme> merged = new LinkedHashMap<>();
        DefaultThemes.THEMES.stream().filter(theme -> !removedDefaults.contains(theme.key()))
                .forEach(theme -> merged.put(theme.key(), theme));
        custom.forEach(theme -> merged.put(theme.key(), theme));
        return new ThemeTaxonomy(List.copyOf(merged.values()));
    }

    /**
     * Every problem of a list of custom themes, each on its field under {@code themes[index]}: the
     * theme's own ({@link Theme#problems()}) and a key used twice.
     */
    public static List<ThemeProblem> validate(List<Theme> custom) {
        List<ThemeProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < custom.size(); i++) {
            String index = String.valueOf(i);
            Theme theme = custom.get(i);
            theme.problems().forEach(problem -> problems.add(problem.under("themes", index)));
            if (theme.key() != null && !keys.add(theme.key())) {
                problems.add(new ThemeProblem(List.of("themes", index, "key"), "Use each key once"));
            }
        }
        return problems;
    }

    /** The themes in order: defaults first, then the organisation's own. */
    public List<Theme> themes() {
        return List.copyOf(themes.values());
    }

    public Optional<Theme> theme(String key) {
        return Optional.ofNullable(themes.get(key));
    }

    /** The keys of the themes a message with these terms touches, in taxonomy order. */
    public Set<String> themesOf(Set<String> terms) {
        Set<String> keys = new LinkedHashSet<>();
        cueTerms.forEach((key, cues) -> {
            if (cues.stream().anyMatch(cue -> !cue.isEmpty() && terms.containsAll(cue))) {
                keys.add(key);
            }
        });
        return keys;
    }

    /**
     * Whether a term already belongs to a theme, so it is no emerging phrase: it is a one-word cue,
     * a cue's word pair, or a pair holding a one-word cue ("flu shot" holds the cue "shot").
     */
    public boolean covers(String term) {
        if (cueWords.contains(term) || cuePhrases.contains(term)) {
            return true;
        }
        int space = term.indexOf(' ');
        return space > 0 && (cueWords.contains(term.substring(0, space)) || cueWords.contains(term.substring(space + 1)));
    }
}
