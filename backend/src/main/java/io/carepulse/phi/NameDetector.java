package io.carepulse.phi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's full names next to clinical words: "my neighbour Maria Gonzalez has stage 3 cancer".
 * A name is two or three capitalised words (optionally after Mr/Mrs/Ms/Miss); it counts only
 * within a sentence that also holds a clinical word, and never when its words name places,
 * organisations, campaigns or conditions.
 */
final class NameDetector implements Detector {

    private static final Pattern NAME = Pattern.compile(
            "\\b(?:(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\\s+[A-Z]\\.)?"
                    + "(?:\\s+(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\\b");
    private static final Pattern CLINICAL = Pattern.compile("(?i)\\b(?:diagnos\\w*|cancer|tumou?r|diabet\\w*"
            + "|hiv|aids|hepatitis|surgery|chemo\\w*|radiation|pregnan\\w*|miscarri\\w*|depress\\w*|anxiety"
            + "|bipolar|schizo\\w*|dementia|alzheimer\\w*|overdose|rehab|addict\\w*|patient|prescri\\w*"
            + "|medication|treatment|therapy|admitted|discharged|hospitali[sz]ed|icu|er|emergency|biopsy"
            + "|tested positive|positive for|covid|flu|stroke|heart attack|seizure|infection|disorder"
            + "|condition|illness|symptoms?|transplant|dialysis|std|sti|abortion|autism|adhd|asthma)\\b");
    private static final Pattern WORD = Pattern.compile("(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\\b[A-Z]\\.");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx");
    /** Capitalised words that start sentences or name things, not people. */
    private static final Set<String> NOT_NAMES = Set.of(
            "i", "my", "our", "the", "a", "an", "this", "that", "is", "can", "could", "should", "would", "will",
            "does", "do", "did", "what", "when", "where", "why", "how", "who", "which", "hi", "hello", "thanks",
            "thank", "please", "dear", "doctor", "dr", "nurse", "hospital", "clinic", "health", "healthcare",
            "medical", "center", "centre", "institute", "university", "association", "society", "foundation",
            "department", "month", "week", "day", "awareness", "campaign", "riverside", "lakeside", "county", "city",
            "street", "avenue", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "american", "national", "heart", "cancer", "diabetes", "movember", "covid",
            "flu", "live", "ask", "team", "staff", "mental", "public", "general", "emergency", "care", "urgent",
            "family", "children", "pediatric", "pediatrics", "breast", "prostate", "world", "global", "united",
            "states", "new", "york", "los", "angeles", "san", "saint", "st", "mount", "lake", "river", "north",
            "south", "east", "west", "if", "are", "was", "also", "and", "but", "so", "yes", "no", "ok", "okay",
            "just", "after", "before", "since", "last", "next", "today", "yesterday", "tomorrow", "mom", "dad",
            "mum", "grandma", "grandpa", "blue", "cross", "shield", "aetna", "cigna", "kaiser", "humana", "medicare",
            "medicaid");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        int start = 0;
        for (int end : sentenceEnds(text)) {
            String part = text.substring(start, end);
            if (CLINICAL.matcher(part).find()) {
                Matcher name = NAME.matcher(part);
                while (name.find()) {
                    addNameRuns(name.group(), start + name.start(), findings);
                }
            }
            start = end;
        }
    }

    /**
     * Where sentences end: at ! ? or a line break, and at a full stop that follows a word and
     * precedes a space — not inside "yahoo.com", nor after an initial ("John Q. Public").
     */
    private static List<Integer> sentenceEnds(String text) {
        List<Integer> ends = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '!' || c == '?' || c == '\n';
            if (c == '.' && i >= 2 && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i - 2))
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                stop = true;
            }
            if (stop) {
                ends.add(i + 1);
            }
        }
        if (ends.isEmpty() || ends.getLast() != text.length()) {
            ends.add(text.length());
        }
        return ends;
    }

    /**
     * Flags each run of two or more name-like words in a capitalised phrase, so "Thanks Maria
     * Gonzalez" still yields "Maria Gonzalez" while "American Heart Month" yields nothing.
     */
    private static void addNameRuns(String phrase, int offset, List<PhiFinding> findings) {
        Matcher word = WORD.matcher(phrase);
        int runStart = -1;
        int runEnd = -1;
        int runLength = 0;
        while (word.find()) {
            if (isNameWord(word.group())) {
                if (runLength == 0) {
                    runStart = word.start();
                }
                runEnd = word.end();
                runLength++;
            } else {
                flush(runLength, offset + runStart, offset + runEnd, findings);
                runLength = 0;
            }
        }
        flush(runLength, offset + runStart, offset + runEnd, findings);
    }

    private static void flush(int words, int start, int end, List<PhiFinding> findings) {
        if (words >= 2) {
            findings.add(PhiFinding.of(PhiType.PERSON_NAME, start, end));
        }
    }

    private static boolean isNameWord(String word) {
        String plain = word.replace(".", "").toLowerCase(Locale.ROOT);
        return !NOT_NAMES.contains(plain) && !CLINICAL.matcher(word).matches()
                && !TITLES.contains(plain);
    }
}
