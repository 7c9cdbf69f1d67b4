package io.carepulse.feedback.themes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a message's clauses and sentences start and end, read from the punctuation between its
 * tokens: a negation or an intensifier reaches only within its clause, a phrase never spans two, and
 * a question is a sentence ending in "?".
 */
final class Clauses {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\[\\]\"\\n\\r\\u2013\\u2014\\u2026]");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?\\n\\r\\u2026]");

    private final int[] clauseStart;
    private final int[] clauseEnd;
    private final boolean[] inQuestion;

    private Clauses(int size) {
        clauseStart = new int[size];
        clauseEnd = new int[size];
        inQuestion = new boolean[size];
    }

    static Clauses of(String text, List<Token> tokens) {
        int size = tokens.size();
        Clauses clauses = new Clauses(size);
        int clause = 0;
        int sentence = 0;
        for (int i = 0; i <= size; i++) {
            String gap = text.substring(i == 0 ? 0 : tokens.get(i - 1).end(), i == size ? text.length() : tokens.get(i).start());
            boolean clauseBreak = i == size || CLAUSE_BREAK.matcher(gap).find();
            if (i > 0 && clauseBreak) {
                for (int j = clause; j < i; j++) {
                    clauses.clauseStart[j] = clause;
                    clauses.clauseEnd[j] = i;
                }
                clause = i;
            }
            if (i > 0 && (i == size || SENTENCE_BREAK.matcher(gap).find())) {
                boolean question = gap.indexOf('?') >= 0;
                for (int j = sentence; j < i; j++) {
                    clauses.inQuestion[j] = question;
                }
                sentence = i;
            }
        }
        return clauses;
    }

    /** The first token of token {@code i}'s clause. */
    int start(int i) {
        return clauseStart[i];
    }

    /** One past the last token of token {@code i}'s clause. */
    int end(int i) {
        return clauseEnd[i];
    }

    boolean inQuestion(int i) {
        return inQuestion[i];
    }
}
