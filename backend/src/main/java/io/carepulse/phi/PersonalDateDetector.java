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
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4})?)\\b");
    /** Words that tie the following date to a person, looked for in the few words before it. */
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:born|birth(?:day|date)?|dob|d\\.o\\.b\\.?"
            + "|date of birth|died|death|passed away|admitted|admission|discharged?|discharge date"
            + "|surgery|operated|operation|procedure|delivered|due date|diagnosed|hospitali[sz]ed"
            + "|seen|visit|appointment|er visit|treated)\\b[^.!?\\n]{0,25}$");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            String before = text.substring(Math.max(0, date.start() - 40), date.start());
            if (CUE.matcher(before).find()) {
                findings.add(PhiFinding.of(PhiType.PERSONAL_DATE, date.start(), date.end()));
            }
        }
    }
}
