package io.carepulse.feedback.themes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentiment of a patient message by a lexicon method in the manner of VADER (Hutto and Gilbert,
 * 2014), with our own lexicon of patient-feedback language and our own constants.
 *
 * <p>Why not a library: the only published Java VADER port
 * ({@code com.github.apanimesh061:vader-sentiment-analyzer} 1.0, 2017) is unmaintained and its
 * general social-media lexicon misses the words that carry a patient's attitude ("waited hours", "lost
 * my referral", "billed twice", "put me at ease"); Stanford CoreNLP is GPL and hundreds of megabytes;
 * no maintained, permissively licensed, small alternative exists. A transparent lexicon can be
 * audited and extended by anyone who reads {@code feedback/sentiment-lexicon.tsv}.
 *
 * <p>The method, per message:
 * <ol>
 *   <li>Tokens from {@link Analysis#SENTIMENT} (every word kept, plurals stemmed); clauses and
 *       sentences from the punctuation between them ({@link Clauses}).
 *   <li>Left to right, the longest lexicon phrase inside the clause is taken, so "never again",
 *       "no complaints" and "thank you so much" count as phrases, and a phrase of weight 0 ("pain
 *       relief", "would be great if") keeps its words from counting.
 *   <li>Its weight is flipped and weakened ({@link #NEGATED}) when a negation ("not", "never", "less",
 *       any "…n't") stands in the {@link #NEGATION_REACH} words before it in its clause and outside an
 *       earlier phrase: "not helpful" is negative, "never rude", "wasn't bad" and "less scary" mildly
 *       positive. An intensifier ("very", "so",
 *       "extremely") among the two words before it multiplies it by {@link #BOOSTED}, a softener
 *       ("slightly", "a bit") by {@link #SOFTENED}; a phrase in capitals by {@link #SHOUTED}.
 *   <li>Contrast: with "but" or "however" in the message, what comes before the last one counts
 *       {@link #BEFORE_CONTRAST}, what comes after {@link #AFTER_CONTRAST}: "the nurse was kind but
 *       the billing is a nightmare" is a complaint. A phrase in a clause opened by "although",
 *       "though" or "despite" counts {@link #BEFORE_CONTRAST}.
 *   <li>A phrase in a question counts {@link #IN_QUESTION}: "is it normal to wait this long?" asks
 *       more than it complains.
 *   <li>A verbal negation that negates no phrase, in a statement, adds {@link #UNRESOLVED_NEGATION}:
 *       "the doctor never turned up", "no one informed us" report something missing. Alone it stays
 *       inside the neutral band ("I won't be able to come"); "no" and "without" before a noun ("no
 *       other symptoms"), the writer's own ("I don't have my card") and negations in questions are
 *       facts and add nothing.
 *   <li>Exclamation marks (up to {@link #MAX_EXCLAMATIONS}) push the sum further from zero by
 *       {@link #EXCLAMATION} each.
 *   <li>The sum s is squashed to a score s / √(s² + {@link #SQUASH}) in (-1, 1) and the score is
 *       NEUTRAL inside ±{@link #NEUTRAL_BAND}: a routine "thanks" (weight 0.45, "Thanks!" included) or a
 *       question with no attitude stays NEUTRAL.
 * </ol>
 * The constants were tuned on the development corpus ({@code src/test/resources/feedback/sentiment-dev.tsv})
 * only; {@code sentiment.tsv} is the held-out corpus that measures the result. Thread-safe.
 */
public final class SentimentScorer {

    static final double NEGATED = -0.6;
    static final int NEGATION_REACH = 3;
    static final double BOOSTED = 1.4;
    static final double SOFTENED = 0.6;
    static final double SHOUTED = 1.3;
    static final double BEFORE_CONTRAST = 0.5;
    static final double AFTER_CONTRAST = 1.5;
    static final double IN_QUESTION = 0.7;
    static final double EXCLAMATION = 0.3;
    static final int MAX_EXCLAMATIONS = 3;
    static final double UNRESOLVED_NEGATION = -0.9;
    static final double SQUASH = 15;
    static final double NEUTRAL_BAND = 0.2;

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none",
            "neither", "nor", "cannot", "without", "less", "hardly", "barely", "scarcely", "dont", "didnt", "wasnt", "isnt",
            "cant", "wont", "wouldnt", "couldnt", "doesnt", "havent", "hasnt", "arent", "werent", "aint", "shouldnt");
    private static final Set<String> DETERMINERS = Set.of("no", "without", "less", "none", "neither", "nor");
    private static final Set<String> WRITER = Set.of("i", "we", "i'm", "we're", "im");
    private static final Set<String> INTENSIFIERS = Set.of("very", "so", "really", "extremely", "incredibly",
            "absolutely", "totally", "truly", "super", "completely", "utterly", "deeply", "highly", "especially",
            "exceptionally", "remarkably", "amazingly", "unbelievably", "seriously", "such", "most", "beyond", "much",
            "far");
    private static final Set<String> SOFTENERS = Set.of("slightly", "somewhat", "fairly", "rather", "bit",
            "little", "mildly", "marginally", "kinda", "sorta", "partly", "occasionally");
    private static final Set<String> CONTRASTS = Set.of("but", "however");
    private static final Set<String> CONCESSIONS = Set.of("although", "though", "despite");

    private static final SentimentScorer STANDARD =
            new SentimentScorer(SentimentLexicon.fromResource("feedback/sentiment-lexicon.tsv"));

    private final SentimentLexicon lexicon;

    SentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The scorer with the product's lexicon, shared. */
    public static SentimentScorer standard() {
        return STANDARD;
    }

    public SentimentScore score(String text) {
        String normalized = Analysis.normalized(text);
        List<Token> tokens = Analysis.tokens(Analysis.SENTIMENT, normalized);
        Clauses clauses = Clauses.of(normalized, tokens);
        boolean[] explained = new boolean[tokens.size()];
        double sum = phrases(normalized, tokens, clauses, explained) + unresolvedNegations(tokens, clauses, explained);
        if (sum != 0) {
            long marks = Math.min(MAX_EXCLAMATIONS, normalized.chars().filter(c -> c == '!').count());
            sum += Math.signum(sum) * marks * EXCLAMATION;
        }
        double score = sum / Math.sqrt(sum * sum + SQUASH);
        Sentiment sentiment = score >= NEUTRAL_BAND ? Sentiment.POSITIVE
                : score <= -NEUTRAL_BAND ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new SentimentScore(sentiment, score);
    }

    /** The lexicon phrases' weights after their modifiers; marks the tokens each one explains. */
    private double phrases(String text, List<Token> tokens, Clauses clauses, boolean[] explained) {
        int contrast = lastIndexOf(tokens, CONTRASTS);
        boolean shouting = text.equals(text.toUpperCase(Locale.ROOT));
        double sum = 0;
        int afterPhrase = 0;
        int i = 0;
        while (i < tokens.size()) {
            SentimentLexicon.Match match = lexicon.longestAt(tokens, i, clauses.end(i));
            if (match == null) {
                i++;
                continue;
            }
            Arrays.fill(explained, i, i + match.length(), true);
            double valence = match.weight() * modifiers(tokens, clauses, i, afterPhrase, explained);
            if (contrast >= 0 && i != contrast) {
                valence *= i < contrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
            }
            if (!shouting && capitals(text, tokens.get(i))) {
                valence *= SHOUTED;
            }
            sum += valence;
            i += match.length();
            if (match.weight() != 0) {
                afterPhrase = i;
            }
        }
        return sum;
    }

    /** Negation, intensity, concession and question around the phrase starting at token {@code at}. */
    private static double modifiers(List<Token> tokens, Clauses clauses, int at, int afterPhrase,
            boolean[] explained) {
        double factor = 1;
        int clauseStart = clauses.start(at);
        // A negation inside an earlier phrase ("never again", "no complaints") was that phrase's own.
        for (int j = at - 1; j >= Math.max(Math.max(clauseStart, afterPhrase), at - NEGATION_REACH); j--) {
            if (negation(tokens.get(j).term())) {
                factor *= NEGATED;
                explained[j] = true;
                break;
            }
        }
        for (int j = at - 1; j >= Math.max(clauseStart, at - 2); j--) {
            String term = tokens.get(j).term();
            if (INTENSIFIERS.contains(term) || SOFTENERS.contains(term)) {
                factor *= INTENSIFIERS.contains(term) ? BOOSTED : SOFTENED;
                break;
            }
        }
        for (int j = clauseStart; j < at; j++) {
            if (CONCESSIONS.contains(tokens.get(j).term())) {
                factor *= BEFORE_CONTRAST;
                break;
            }
        }
        return clauses.inQuestion(at) ? factor * IN_QUESTION : factor;
    }

    /**
     * A negation that negates no lexicon phrase still says something went missing: "the doctor never
     * turned up", "no one informed patients", "discharged without pain medication".
     */
    private static double unresolvedNegations(List<Token> tokens, Clauses clauses, boolean[] explained) {
        double sum = 0;
        for (int j = 0; j < tokens.size(); j++) {
            String term = tokens.get(j).term();
            // "no" and "without" before a noun ("no other symptoms", "without insurance") are facts.
            boolean verbal = negation(term) && !DETERMINERS.contains(term)
                    || term.equals("no") && j + 1 < tokens.size() && tokens.get(j + 1).term().equals("one");
            // The writer's own circumstances ("I don't have my card", "we can't come") are facts too.
            boolean own = j > 0 && WRITER.contains(tokens.get(j - 1).term())
                    || j > 1 && WRITER.contains(tokens.get(j - 2).term());
            if (!explained[j] && verbal && !own && !clauses.inQuestion(j)) {
                sum += UNRESOLVED_NEGATION;
            }
        }
        return sum;
    }

    private static boolean negation(String term) {
        return NEGATIONS.contains(term) || term.endsWith("n't");
    }

    private static boolean capitals(String text, Token token) {
        String word = text.substring(token.start(), token.end());
        return word.length() >= 3 && word.chars().anyMatch(Character::isLetter)
                && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static int lastIndexOf(List<Token> tokens, Set<String> words) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (words.contains(tokens.get(i).term())) {
                return i;
            }
        }
        return -1;
    }
}
