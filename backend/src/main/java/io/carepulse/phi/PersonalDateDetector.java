package io.carepulse.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates tied to a person: birth, death, admission, discharge, surgery or visit dates, and any
 * date labelled DOB. A date with no such cue ("the flu clinic opens 10/1") is event information,
 * not PHI, and is left alone.
 */
final class PersonalDateDetector implements Detector {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String MES = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre"
            + "|noviembre|diciembre)";
    private static final String MESES = "(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro"
            + "|novembro|dezembro)";
    private static final String MOIS = "(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
            + "|novembre|d[eé]cembre)";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|[-/])" + MONTH + "(?:(?:,?\\s+|[-/])\\d{4})?"
            + "|\\d{1,2}\\s+de\\s+(?:" + MES + "|" + MESES + ")(?:\\s+(?:de\\s+)?\\d{4})?"
            + "|\\d{1,2}(?:er)?\\s+" + MOIS + "(?:\\s+\\d{4})?)(?![\\p{L}\\d])");
    /** "admitted 11/20", "stroke on 5/17": a month and day without a year, only straight after its cue. */
    private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d/.-])(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])(?![\\d/.-])");
    /** Words that tie a date to a person. */
    private static final String CUE_WORDS = "born|birth(?:day|date)?|dob|d\\.o\\.b\\.?"
            + "|date of birth|died|death|passed away|admitted|admission|discharged?|discharge date"
            + "|surgery|operated|operation|procedure|delivered|due date|diagnosed|hospitali[sz]ed"
            + "|seen|visit|appointment|er visit|treated|stroke|heart attack|transplant|biopsy|scan|infusion|induction"
            + "|deliver(?:ed|ing|y)|endoscopy|colonoscopy|mammogram|mri|chemo(?:therapy)?|radiation|dialysis"
            + "|c-section|rescheduled|turn(?:s|ed|ing)"
            + "|nasceu|nascid[oa]|n[ée]e|né|naissance|op[ée]r[ée]e?s?|operad[oa]|cirurgia|internad[oa]"
            + "|hospitalis[ée]e?|consulta|cita|rendez-vous"
            + "|(?:i|we|he|she|they)\\s+(?:start|begin|began|started)"
            + "|naci[oó]|nac[ií]|fecha de nacimiento|muri[oó]|falleci[oó]|operaci[oó]n|cirug[ií]a|ingres[oó]";
    /** A cue in the few words before a date. */
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:" + CUE_WORDS + ")(?!\\p{L})[^.!?\\n]{0,40}$");
    /** A cue just after a date with its year: "Le 14 février 2024, ma mère a été opérée". */
    private static final Pattern CUE_AFTER = Pattern.compile("(?i)^[^.!?\\n]{0,40}?\\b(?:" + CUE_WORDS + ")(?!\\p{L})");
    private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|[/.-]\\d{2}$");
    /** A cue straight before a month and day without a year: "died on 2/11", "transplant is 8/2". */
    private static final Pattern SHORT_CUE = Pattern.compile("(?i)\\b(?:" + CUE_WORDS + ")"
            + "(?:(?:\\s+(?:is|was|on|since|from|scheduled|set|planned|for)){0,3}"
            + "|[^.!?\\n\\d]{0,40}?\\s(?:on|is|was|for|el|le|em))\\s+$");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            String before = text.substring(Math.max(0, date.start() - 60), date.start());
            String after = text.substring(date.end(), Math.min(text.length(), date.end() + 60));
            if (CUE.matcher(before).find() || HAS_YEAR.matcher(date.group()).find() && CUE_AFTER.matcher(after).find()) {
                findings.add(PhiFinding.of(PhiType.PERSONAL_DATE, date.start(), date.end()));
            }
        }
        Matcher shortDate = SHORT_DATE.matcher(text);
        while (shortDate.find()) {
            if (SHORT_CUE.matcher(text).region(Math.max(0, shortDate.start() - 60), shortDate.start()).find()) {
                findings.add(PhiFinding.of(PhiType.PERSONAL_DATE, shortDate.start(), shortDate.end()));
            }
        }
    }
}
