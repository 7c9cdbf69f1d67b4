package io.carepulse.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages over 89, which HIPAA Safe Harbor counts as identifiers (so few people are that old that
 * the age narrows them down), and birth years that imply one. A number is an age only in the
 * words that make it one: "I'm 92", "my 94-year-old mother", "aged 91", "age: 97", "turned 90",
 * "her 100th birthday", "born in 1929". Younger ages are not identifiers, and a number without
 * such words ("92 patients", "room 95", "my sugar was 95") is not an age. Questions about an age
 * group ("people over age 90", "should 90-year-olds...") are about nobody in particular.
 */
final class AgeDetector implements Detector {

    private static final int OLDEST = 125;
    private static final String AGE_IN_WORDS = "ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|(?:a|one)\\s+hundred(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?";
    /** Most text holds no number from 90 to 125: then no age pattern needs to run. */
    private static final Pattern OLD_ENOUGH = Pattern.compile("(?<!\\d)(?:9\\d|1[01]\\d|12[0-5])(?!\\d)");
    private static final String PERSON = "(?:mom|mum|mother|dad|father|grand(?:ma|pa|mother|father|mom|dad)|nana|nan"
            + "|granny|gran|papa|husband|wife|partner|aunt|auntie|uncle|brother|sister|neighbou?r|friend|patient"
            + "|son|daughter|cousin)";
    /** What may follow a number that is not an age: a unit, a count, a fraction, a reading. */
    private static final String NOT_AN_AGE = "(?!\\s*(?:%|percent|lbs?\\b|pounds|kgs?\\b|kilos|mg|mcg|ml|units|min"
            + "|hours?|hrs?\\b|days|weeks|months|degrees|cm\\b|mm\\b|inches|feet|ft\\b|miles|km\\b|points|steps"
            + "|cal|cents|dollars|bpm|times|pills|tablets|people|patients|over\\s+\\d)|\\s*[-/.,:]\\d)";
    private static final String NUMBER = "(\\d{2,3})\\b" + NOT_AN_AGE;
    /** Words before an age or an age label that make it a bound of a group, not somebody's age. */
    private static final Pattern GROUP_BOUND = Pattern.compile("(?i)(?:over|above|under|past|beyond|after|before|until"
            + "|from|than|least|between|ages|older|younger|and|to)\\s*$");
    private static final Pattern GROUP_TAIL = Pattern.compile("(?i)^\\s*(?:\\+|plus\\b|and\\s+(?:up|over|older|above)"
            + "|or\\s+(?:older|over|above|more))");

    private static final List<Pattern> AGES = List.of(
            // I'm 92, she is 96, my husband is 93, who's 91
            Pattern.compile("(?i)\\b(?:i\\s*'?\\s*m|i\\s+am|he\\s*'?\\s*s|she\\s*'?\\s*s|(?:he|she|who)\\s+(?:is|was)|who's"
                    + "|they\\s*'?\\s*re|" + PERSON + "(?:\\s+is|\\s+was|'s))\\s+(?:now\\s+|almost\\s+|nearly\\s+|about\\s+"
                    + "|over\\s+|just\\s+)?" + NUMBER),
            // 94-year-old, 103 year old, 95 yrs old, 91 y/o, 92 years of age (but not 90-year-olds)
            Pattern.compile("(?i)\\b(\\d{2,3})\\s*-?\\s*(?:years?|yrs?|yr)\\.?\\s*-?\\s*old\\b(?!s)"),
            Pattern.compile("(?i)\\b(\\d{2,3})\\s*(?:y/o|y\\.o\\.|yo)(?![\\w/])"),
            Pattern.compile("(?i)\\b(\\d{2,3})\\s+years?\\s+of\\s+age\\b"),
            // aged 91, age: 97, age of 95
            Pattern.compile("(?i)\\bage[d]?\\s*(?::|=|-|\\bof\\b|\\bis\\b|\\bwas\\b)?\\s*" + NUMBER),
            // turned 90, turning 91, will be 93
            Pattern.compile("(?i)\\b(?:turned|turning|turns|will\\s+be)\\s+" + NUMBER),
            // her 100th birthday
            Pattern.compile("(?i)\\b(\\d{2,3})(?:st|nd|rd|th)\\s+birthday\\b"),
            // my uncle, 92, fell / my grandpa (94) has
            Pattern.compile("(?i)\\b" + PERSON + "\\s*(?:,\\s*(?:aged?\\s+)?(\\d{2,3})\\s*,|\\(\\s*(\\d{2,3})\\s*\\))"),
            // tiene 96 años, 92 AÑOS, avó de 99 anos, elle a 94 ans (not "hace 95 años", years ago)
            Pattern.compile("(?iu)(?<!hace\\s|h[áa]\\s|depuis\\s|durante\\s|por\\s|il\\sy\\sa\\s)\\b(\\d{2,3})\\s+(?:años|anos|ans)\\b"));
    /** "grandma is ninety-four", "a hundred and two years old": ages over 89 in words. */
    private static final Pattern IN_WORDS = Pattern.compile("(?i)(?:\\b(?:is|was|turned|turning|turns|aged?|i\\s*'?\\s*m"
            + "|(?:he|she)\\s*'\\s*s"
            + "|i\\s+am|will\\s+be)\\s+(?:now\\s+|almost\\s+|nearly\\s+|over\\s+|just\\s+)?(" + AGE_IN_WORDS + ")\\b"
            + "|\\b(" + AGE_IN_WORDS + ")\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*old\\b(?!s))(?!\\s*(?:percent|%|degrees|pounds|lbs))");
    /** "her temperature was ninety-nine": a reading, not an age. */
    private static final Pattern READING = Pattern.compile("(?i)\\b(?:temp|temperature|fever|pressure|bp|sugar|glucose"
            + "|oxygen|o2|sats?|saturation|pulse|heart\\s+rate|weight|score|level|reading|count|a1c)\\b[^.!?]*$");
    /** "Eleanor Whitfield (97)", and a sentence that opens with an age: "96 and still sharp as a tack". */
    private static final Pattern NAME_THEN_AGE = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s*\\(\\s*(\\d{2,3})\\s*\\)");
    private static final Pattern OPENING_AGE = Pattern.compile("(?i)(?:^|[.!?]\\s+)(\\d{2,3})\\s+(?:and|&)\\s+still\\b");
    /** "Margaret is 94", "Margaret Ellis was 91": a word before "is" that must turn out to be a name. */
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(\\p{L}+)(?:\\s+is|\\s+was|'s)\\s+(?:now\\s+|almost\\s+"
            + "|nearly\\s+|over\\s+|just\\s+)?" + NUMBER);
    /** "Agnes Kowal, 98, is recovering", "Abuelo Chuy (Jesús Mendoza) is 97": after a name, a comma or a bracket. */
    private static final Pattern NAME_COMMA_AGE = Pattern.compile("(\\p{Lu}\\p{Ll}+)(?:,\\s*(\\d{2,3})\\s*,|\\)\\s+(?:is|was)\\s+"
            + NUMBER + ")");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+$");
    private static final Pattern BIRTH_YEAR = Pattern.compile("(?i)\\b(?:born|year\\s+of\\s+birth|birth\\s+year)"
            + "\\b[^.!?\\d]{0,24}?\\b((?:18|19|20)\\d\\d)\\b");

    private final int currentYear;

    AgeDetector(int currentYear) {
        this.currentYear = currentYear;
    }

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        if (OLD_ENOUGH.matcher(text).find()) {
            ages(text, findings);
        }
        birthYears(text, findings);
        Matcher inWords = IN_WORDS.matcher(text);
        while (inWords.find()) {
            int group = inWords.group(1) != null ? 1 : 2;
            if (!aboutAGroup(text, inWords.start(group), inWords.end(group))
                    && !READING.matcher(text).region(Math.max(0, inWords.start() - 30), inWords.start()).find()) {
                findings.add(PhiFinding.of(PhiType.AGE, inWords.start(group), inWords.end(group)));
            }
        }
    }

    private static void ages(String text, List<PhiFinding> findings) {
        for (Pattern pattern : AGES) {
            Matcher age = pattern.matcher(text);
            while (age.find()) {
                addIfOld(text, age, age.group(1) != null ? 1 : 2, findings);
            }
        }
        Matcher opening = OPENING_AGE.matcher(text);
        while (opening.find()) {
            addIfOld(text, opening, 1, findings);
        }
        Matcher bracketed = NAME_THEN_AGE.matcher(text);
        while (bracketed.find()) {
            if (isName(text, bracketed.start(1), bracketed.group(1))) {
                addIfOld(text, bracketed, 2, findings);
            }
        }
        Matcher afterName = NAME_COMMA_AGE.matcher(text);
        while (afterName.find()) {
            if (isName(text, afterName.start(1), afterName.group(1))) {
                addIfOld(text, afterName, afterName.group(2) != null ? 2 : 3, findings);
            }
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            if (isName(text, named.start(1), named.group(1))) {
                addIfOld(text, named, 2, findings);
            }
        }
    }

    private void birthYears(String text, List<PhiFinding> findings) {
        Matcher born = BIRTH_YEAR.matcher(text);
        while (born.find()) {
            // A year of birth 90 years back is an age over 89 once the birthday has passed, and
            // at most a year short of it before: Safe Harbor treats both as too old to keep.
            int years = currentYear - Integer.parseInt(born.group(1));
            if (years >= 90 && years <= OLDEST) {
                findings.add(PhiFinding.of(PhiType.AGE, born.start(1), born.end(1)));
            }
        }
    }

    private static void addIfOld(String text, Matcher age, int group, List<PhiFinding> findings) {
        int years = Integer.parseInt(age.group(group));
        if (years > 89 && years <= OLDEST && !aboutAGroup(text, age.start(), age.end())) {
            findings.add(PhiFinding.of(PhiType.AGE, age.start(group), age.end(group)));
        }
    }

    /** A given name we know ("Margaret"), or the second of two capitalised name words ("Margaret Ellis"). */
    private static boolean isName(String text, int start, String word) {
        String key = NameWords.key(word);
        if (!NameWords.mayBeName(key)) {
            return false;
        }
        if (NameWords.isGivenName(key)) {
            return true;
        }
        Matcher before = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 30), start));
        return Character.isUpperCase(word.charAt(0)) && before.find()
                && NameWords.mayBeName(NameWords.key(before.group(1)));
    }

    private static boolean aboutAGroup(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 16), start);
        return GROUP_BOUND.matcher(before).find() || GROUP_TAIL.matcher(text.substring(end)).find();
    }
}
