package io.carepulse.feedback.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases with a weight from -4 to 4, read from a TSV of {@code phrase<TAB>weight}
 * ({@code #} starts a comment). Phrases are analysed by {@link Analysis#SENTIMENT}, as messages are,
 * and kept in a trie so the longest phrase at a position wins ("never again" over "never", "no
 * complaints" over "complaints"). A {@code *} word matches any one word ("gave me my * back"), a {@code #}
 * word a number in digits or words ("waited # hours": "waited 3 hours", "waited two hours").
 * A weight of 0 is allowed: the phrase then shields its words ("pain relief", "would be great if").
 */
final class SentimentLexicon {

    static final String WILDCARD = "*";
    static final String NUMBER = "#";

    /** What {@link #NUMBER} matches besides digits: the counts patients write in words. */
    private static final Set<String> NUMBER_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "several", "few", "couple", "many", "multiple", "numerous");

    /** One match: how many tokens it covers and its weight. */
    record Match(int length, double weight) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Double weight;
    }

    private final Node root = new Node();

    private SentimentLexicon() {
    }

    static SentimentLexicon fromResource(String path) {
        try (InputStream in = SentimentLexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No sentiment lexicon at " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a malformed line and two lines that analyse to the same phrase: one would be lost. */
    static SentimentLexicon parse(String tsv) {
        SentimentLexicon lexicon = new SentimentLexicon();
        String[] lines = tsv.split("\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Line " + number + ": expected phrase<TAB>weight: " + line);
            }
            double weight = Double.parseDouble(parts[1].strip());
            List<String> words = words(parts[0]);
            if (words.isEmpty() || words.getFirst().equals(WILDCARD) || words.getLast().equals(WILDCARD)
                    || Math.abs(weight) > 4) {
                throw new IllegalArgumentException(
                        "Line " + number + ": no word, a * at an end, or a weight outside [-4, 4]: " + line);
            }
            Node node = lexicon.root;
            for (String word : words) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            if (node.weight != null) {
                throw new IllegalArgumentException("Line " + number + ": same phrase as an earlier line: " + line);
            }
            node.weight = weight;
        }
        return lexicon;
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            if (word.equals(WILDCARD) || word.equals(NUMBER)) {
                words.add(word);
            } else {
                Analysis.tokens(Analysis.SENTIMENT, word).forEach(token -> words.add(token.term()));
            }
        }
        return words;
    }

    private static boolean number(String term) {
        return NUMBER_WORDS.contains(term) || term.chars().allMatch(Character::isDigit);
    }

    /**
     * The longest phrase starting at {@code from} whose words all lie in one clause
     * ({@code clauseEnd} exclusive), or null.
     */
    Match longestAt(List<Token> tokens, int from, int clauseEnd) {
        return longest(root, tokens, from, from, clauseEnd);
    }

    private static Match longest(Node node, List<Token> tokens, int start, int at, int clauseEnd) {
        Match best = node.weight == null || at == start ? null : new Match(at - start, node.weight);
        if (at == clauseEnd) {
            return best;
        }
        String term = tokens.get(at).term();
        Node number = number(term) ? node.next.get(NUMBER) : null;
        for (Node child : new Node[] {node.next.get(term), node.next.get(WILDCARD), number}) {
            if (child != null) {
                Match longer = longest(child, tokens, start, at + 1, clauseEnd);
                if (longer != null && (best == null || longer.length() > best.length())) {
                    best = longer;
                }
            }
        }
        return best;
    }
}
