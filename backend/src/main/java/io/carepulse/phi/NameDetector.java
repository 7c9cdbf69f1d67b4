package io.carepulse.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names. A name the writer introduces counts on its own, first name or not, whatever the
 * sentence is about: "my husband Tomasz", "Hi I'm Ngozi", "Mrs. Van der Berg", "May (my mom)".
 * Other full names count when their sentence, or the one before or after it, mentions health
 * ("my neighbour Maria Gonzalez has stage 3 cancer", "josé núñez started dialysis", "MY DAD ROBERT
 * MILLER HAS CANCER"): two or more capitalised words that are not common words, places,
 * organisations or conditions (with initials and particles such as "van der" between), or, in
 * any case, a known given name followed by a word that may be a surname. Places and conditions
 * named after people ("Ronald McDonald House", "Lou Gehrig's disease") are not people. Public
 * figures ("Serena Williams") are flagged like anyone else: the moderator decides.
 */
final class NameDetector implements Detector {

    // Bounded repetition: Java's matcher recurses per repeated group, and the text is the public's.
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['-]\\p{L}+){0,3}");
    private static final int MAX_SURNAMES = 2;
    /** "May (my mom) had her hip replaced", "Hope (my sister) is bipolar", "José my brother in law has cirrhosis". */
    private static final Pattern NAME_THEN_RELATION = Pattern.compile(
            "(?:^|\\b)(\\p{Lu}\\p{Ll}+(?:[-']\\p{L}+)?)(?:\\s*\\(|,|(?<=^\\p{L}{2,20}))(?i:\\s*(?:my|our|his|her)\\s+(?:\\p{L}+\\s+)?(?:"
                    + String.join("|", NameWords.relations()) + "))\\b");
    private static final Pattern ADDRESSED = Pattern.compile("(?i)\\b(?:dr|doctor|nurse|prof|professor)\\.?\\s+$");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)\\b(?:mr|mrs|ms|mx|dr|st|jr|sr|prof)$");
    private static final Pattern ADJACENT = Pattern.compile("\\.?\\s{1,2}");
    private static final Pattern ADJACENT_OR_COMMA = Pattern.compile("\\.?,?\\s{1,2}");
    /** The words before the writer's own name, in the languages patients write to us in. */
    private static final Set<String> SELF_INTRODUCTIONS = Set.of("i'm", "im", "i am", "name is", "call me", "je suis",
            "m'appelle", "sou a", "sou o", "soy", "llamo", "chamo", "nombre es", "nome e", "nome é");
    /** A greeting that opens a reply: the name after it is the person written to. */
    private static final Set<String> GREETINGS = NameWords.words("hi hello hey dear hola ola bonjour");
    /**
     * "Frank Osei, DOB 7 June 1958", "Referral for Margarethe Vogel (MRN ...)": a full name labelled
     * with a birth date or a record number is a patient's, whatever the sentence says.
     */
    private static final Pattern NAME_THEN_RECORD = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2})"
            + "\\s*[,(]?\\s*(?:DOB|D\\.O\\.B\\.?|MRN|(?i:date of birth|born on))\\b");
    private static final Set<String> PERSON_AFTER_AND = NameWords.words("i me my her his our their");
    /** Conditions and procedures named after people. */
    private static final Set<String> EPONYM_CONDITIONS = NameWords.words(
            "disease syndrome surgery procedure maneuver manoeuvre sign test palsy reflex");
    /** What is named after people without being one: "Ronald McDonald House", "St. Jude Hospital". */
    private static final Set<String> NAMED_AFTER = NameWords.words(
            "house foundation hospital clinic center centre institute fund university college school memorial");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        List<int[]> sentences = sentences(text);
        boolean[] clinical = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            clinical[i] = ClinicalVocabulary.mentionedIn(vocabularyWords(text, sentences.get(i)));
        }
        for (int i = 0; i < sentences.size(); i++) {
            boolean nearHealth = clinical[i] || i > 0 && clinical[i - 1] || i + 1 < clinical.length && clinical[i + 1];
            List<Token> tokens = tokens(text, sentences.get(i));
            introducedNames(text, tokens, findings);
            if (nearHealth) {
                greeted(text, tokens, findings);
                givenNamePossessives(tokens, findings);
                capitalisedRuns(tokens, findings);
                givenNameRuns(tokens, findings);
                namesBesideThePerson(text, tokens, findings);
            }
        }
        Matcher record = NAME_THEN_RECORD.matcher(text);
        while (record.find()) {
            boolean names = java.util.Arrays.stream(record.group(1).split("[ -]"))
                    .allMatch(word -> NameWords.mayBeName(NameWords.key(word)));
            if (names) {
                findings.add(PhiFinding.of(PhiType.PERSON_NAME, record.start(1), record.end(1)));
            }
        }
        Matcher aside = NAME_THEN_RELATION.matcher(text);
        while (aside.find()) {
            String key = NameWords.key(aside.group(1));
            boolean bracketed = text.substring(aside.end(1)).stripLeading().startsWith("(");
            // bracketed, any capitalised word but a title or a clinical word ("May (my mom)"); otherwise
            // a word that may be a name, not the presenter addressed ("Dr. Patel, my mother ...")
            boolean name = bracketed ? !NameWords.isTitle(key) && !ClinicalVocabulary.isClinical(key)
                    && !NameWords.isRelation(key)
                    : NameWords.mayBeName(key) && !ADDRESSED.matcher(text).region(0, aside.start(1)).find();
            if (name) {
                findings.add(PhiFinding.of(PhiType.PERSON_NAME, aside.start(1), aside.end(1)));
            }
        }
    }

    /**
     * A name the writer introduces, even a first name alone and whatever the sentence is about:
     * after a relation ("my husband Tomasz", "my late husband, Abdul-Rahman", "mi esposo Juan
     * Carlos"), after "I'm" or "name is" ("Hi I'm Ngozi", "kiddo's name is Leilani"), after a
     * title ("Mr. O'Sullivan", "Mrs. Van der Berg"), and a greeting's "Siobhán here".
     */
    private static void introducedNames(String text, List<Token> tokens, List<PhiFinding> findings) {
        for (int i = 0; i < tokens.size(); i++) {
            Token candidate = tokens.get(i);
            boolean named = false;
            if (i >= 1 && NameWords.isRelation(tokens.get(i - 1).key()) && follows(text, tokens.get(i - 1), candidate, true)) {
                named = isIntroducedName(candidate, true);
            } else if (selfIntroduction(tokens, i) && follows(text, tokens.get(i - 1), candidate, false)) {
                named = isIntroducedName(candidate, false);
            } else if (i >= 1 && NameWords.isTitle(tokens.get(i - 1).key()) && follows(text, tokens.get(i - 1), candidate, false)) {
                int word = i;
                while (word + 1 < tokens.size() && NameWords.isParticle(tokens.get(word).key())
                        && tokens.get(word).joinsNext()) {
                    word++;
                }
                Token surname = tokens.get(word);
                if (surname.isCapitalised() && NameWords.mayBeName(surname.key())) {
                    addUnlessEponym(tokens, i, word, findings);
                }
                continue;
            } else if (i == 0 && candidate.isCapitalised()) {
                // "Siobhán here", "Hope Delacroix here": a signature at the start
                if (tokens.size() > 1 && tokens.get(1).key().equals("here")) {
                    named = NameWords.mayBeName(candidate.key());
                } else if (tokens.size() > 2 && tokens.get(2).key().equals("here") && tokens.get(1).isCapitalised()
                        && NameWords.mayBeNameWhenCapitalised(candidate.key()) && NameWords.mayBeName(tokens.get(1).key())) {
                    addUnlessEponym(tokens, 0, 1, findings);
                    continue;
                }
            }
            if (named) {
                int last = surnamesEnd(tokens, i);
                addUnlessEponym(tokens, i, last > i ? last : i, findings);
            }
        }
    }

    /**
     * Near health, a known given name beside the writer or a relative: "Björn and I both tested
     * positive", "ZOE and her dad both have celiac".
     */
    private static void namesBesideThePerson(String text, List<Token> tokens, List<PhiFinding> findings) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token given = tokens.get(i);
            if (NameWords.isGivenName(given.key()) && NameWords.mayBeName(given.key()) && given.joinsNext()
                    && tokens.get(i + 1).key().equals("and") && PERSON_AFTER_AND.contains(tokens.get(i + 2).key())) {
                findings.add(PhiFinding.of(PhiType.PERSON_NAME, given.start(), given.end()));
            }
        }
    }

    /** "Hi Gloria, your son's results are in": near health, the name a reply opens with. */
    private static void greeted(String text, List<Token> tokens, List<PhiFinding> findings) {
        if (tokens.size() < 2 || !GREETINGS.contains(tokens.get(0).key())) {
            return;
        }
        Token name = tokens.get(1);
        boolean closed = name.end() == text.length() || ",!:".indexOf(text.charAt(name.end())) >= 0;
        if (name.isCapitalised() && NameWords.mayBeName(name.key()) && closed) {
            findings.add(PhiFinding.of(PhiType.PERSON_NAME, name.start(), name.end()));
        }
    }

    /** "Leo's pump alarms at night": near health, a known given name with a possessive is somebody's. */
    private static void givenNamePossessives(List<Token> tokens, List<PhiFinding> findings) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean saint = i > 0 && (tokens.get(i - 1).key().equals("st") || tokens.get(i - 1).key().equals("saint"));
            if (token.isPossessive() && token.isCapitalised() && NameWords.isGivenName(token.key())
                    && NameWords.mayBeName(token.key()) && !saint) {
                addUnlessEponym(tokens, i, i, findings);
            }
        }
    }

    private static boolean selfIntroduction(List<Token> tokens, int i) {
        if (i >= 1 && SELF_INTRODUCTIONS.contains(tokens.get(i - 1).key())) {
            return true;
        }
        if (i < 2) {
            return false;
        }
        return SELF_INTRODUCTIONS.contains(tokens.get(i - 2).key() + " " + tokens.get(i - 1).key());
    }

    /**
     * Whether a word just after an introduction is a name: capitalised, anything that is not a
     * title, place, organisation or clinical word ("my son Will", "my husband Mark"); in capitals,
     * a word that may be a name and reads as no verb ("MY SON DEVONTE HAS ADHD"); in lower case,
     * a given name the lists know ("grandma ruth").
     */
    private static boolean isIntroducedName(Token token, boolean afterRelation) {
        String key = token.key();
        if (token.isCapitalised()) {
            return afterRelation ? NameWords.mayBeNameWhenCapitalised(key) : NameWords.mayBeName(key);
        }
        if (token.isUpperCase()) {
            return NameWords.mayBeName(key) && !NameWords.looksLikeVerb(key);
        }
        return NameWords.isGivenName(key) && NameWords.mayBeName(key);
    }

    /** Whether {@code next} comes straight after {@code previous}: a space, a title's full stop or (if allowed) a comma. */
    private static boolean follows(String text, Token previous, Token next, boolean commaAllowed) {
        if (previous.isPossessive()) {
            return false;
        }
        return (commaAllowed ? ADJACENT_OR_COMMA : ADJACENT).matcher(text).region(previous.end(), next.start()).matches();
    }

    /**
     * "Ronald McDonald House", "Lou Gehrig's disease", "Tommy John surgery": a name followed by
     * the organisation or the condition named after it is not a person.
     */
    private static void addUnlessEponym(List<Token> tokens, int first, int last, List<PhiFinding> findings) {
        if (last + 1 < tokens.size()) {
            Token end = tokens.get(last);
            String next = tokens.get(last + 1).key();
            boolean eponym = end.isPossessive() ? EPONYM_CONDITIONS.contains(next)
                    : end.joinsNext() && (EPONYM_CONDITIONS.contains(next) || NAMED_AFTER.contains(next));
            if (eponym) {
                return;
            }
        }
        findings.add(PhiFinding.of(PhiType.PERSON_NAME, tokens.get(first).start(), tokens.get(last).end()));
    }

    /** Two or more capitalised name words in a row: the writer's capitals mark the name. */
    private static void capitalisedRuns(List<Token> tokens, List<PhiFinding> findings) {
        int first = 0;
        int last = 0;
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (words > 0 && !tokens.get(i - 1).joinsNext()) {
                addName(tokens, first, last, words, findings);
                words = 0;
            }
            if (token.isCapitalised() && NameWords.mayBeName(token.key()) || words > 0 && token.isInitial()) {
                first = words == 0 ? i : first;
                last = i;
                words++;
            } else if (words == 0 || !NameWords.isParticle(token.key())) {
                // a particle stays inside a name only if another name word follows: "Peter van der Berg"
                addName(tokens, first, last, words, findings);
                words = 0;
            }
        }
        addName(tokens, first, last, words, findings);
    }

    private static void addName(List<Token> tokens, int first, int last, int words, List<PhiFinding> findings) {
        if (words >= 2) {
            addUnlessEponym(tokens, first, last, findings);
        }
    }

    /**
     * A given name the lists know, in any case, then up to two surname words (and any initials or
     * particles between): "john smith", "JOHN SMITH", "peter van der berg". After "my name is" or
     * a relation ("my neighbour thandeka mabuza") any word that may be a name will do as the
     * given name, unless the two words make a clinical phrase ("my dad blood sugar").
     */
    private static void givenNameRuns(List<Token> tokens, List<PhiFinding> findings) {
        for (int i = 0; i < tokens.size(); i++) {
            int last = startsName(tokens, i) ? surnamesEnd(tokens, i) : -1;
            if (last > i) {
                addUnlessEponym(tokens, i, last, findings);
            }
        }
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token given = tokens.get(i);
        if (NameWords.isGivenName(given.key())) {
            return true;
        }
        // an unknown word after a relation is a name unless it reads as a verb: "my husband snores"
        boolean verb = !given.isCapitalised() && (NameWords.looksLikeVerb(given.key()) || given.key().endsWith("s"));
        boolean clinicalPhrase = i + 1 < tokens.size()
                && ClinicalVocabulary.mentionedIn(List.of(given.key(), tokens.get(i + 1).key()));
        return introduced(tokens, i) && NameWords.mayBeName(given.key()) && !verb && !clinicalPhrase;
    }

    /** The index of the name's last word after the given name at {@code i}, or -1 without a surname. */
    private static int surnamesEnd(List<Token> tokens, int i) {
        int last = -1;
        Token firstSurname = null;
        int surnames = 0;
        for (int j = i + 1; j < tokens.size() && tokens.get(j - 1).joinsNext() && surnames < MAX_SURNAMES; j++) {
            Token next = tokens.get(j);
            if (next.isInitial() || NameWords.isParticle(next.key())) {
                last = next.isInitial() ? j : last;
                continue;
            }
            // "Ana Ruiz answers": the first surname's case carries on to the next one
            boolean caseChanges = firstSurname != null && next.isCapitalised() != firstSurname.isCapitalised();
            if (!NameWords.mayBeName(next.key()) || !next.isCapitalised() && NameWords.looksLikeVerb(next.key())
                    || caseChanges) {
                break;
            }
            firstSurname = firstSurname == null ? next : firstSurname;
            last = j;
            surnames++;
        }
        return surnames > 0 ? last : -1;
    }

    private static boolean introduced(List<Token> tokens, int i) {
        if (i >= 3 && tokens.get(i - 3).key().equals("my") && tokens.get(i - 2).key().equals("name")
                && tokens.get(i - 1).key().equals("is")) {
            return true;
        }
        return i >= 1 && NameWords.isRelation(tokens.get(i - 1).key()) && tokens.get(i - 1).joinsNext();
    }

    /**
     * Where sentences end: at ! ? or a line break, and at a full stop that follows a word and
     * precedes a space — not inside "yahoo.com", nor after an initial ("John Q. Public") or a
     * title ("Mrs. Van der Berg").
     */
    private static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = c == '!' || c == '?' || c == '\n';
            if (c == '.' && i >= 2 && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i - 2))
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !ABBREVIATION.matcher(text).region(Math.max(0, i - 4), i).find()) {
                stop = true;
            }
            if (stop) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(new int[] {start, text.length()});
        }
        return sentences;
    }

    private static List<String> vocabularyWords(String text, int[] sentence) {
        return ClinicalVocabulary.words(text, sentence[0], sentence[1]);
    }

    private static List<Token> tokens(String text, int[] sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(sentence[0], sentence[1]);
        while (word.find()) {
            tokens.add(Token.of(text, word.start(), word.end()));
        }
        return tokens;
    }

    /**
     * One word of a sentence. A possessive ends a name ("Kevin's doctor") and is left out of its
     * span; an initial keeps its full stop.
     */
    private record Token(int start, int end, String key, boolean isCapitalised, boolean isUpperCase, boolean isInitial,
            boolean joinsNext, boolean isPossessive) {

        static Token of(String text, int start, int end) {
            String word = text.substring(start, end);
            boolean possessive = word.length() > 2 && word.endsWith("'s");
            int wordEnd = possessive ? end - 2 : end;
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                    && end < text.length() && text.charAt(end) == '.';
            int spanEnd = initial ? end + 1 : wordEnd;
            int next = spanEnd;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            boolean joins = !possessive && next > spanEnd && next < text.length() && Character.isLetter(text.charAt(next));
            boolean upper = word.length() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            return new Token(start, spanEnd, NameWords.key(word), isTitleCase(word), upper, initial, joins, possessive);
        }

        /** "Maria", "McKenzie", "O'Brien", "José": a capital, then some lower case. */
        private static boolean isTitleCase(String word) {
            return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                    && word.chars().skip(1).anyMatch(Character::isLowerCase);
        }
    }
}
