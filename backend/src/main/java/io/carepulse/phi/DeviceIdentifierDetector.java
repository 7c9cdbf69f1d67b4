package io.carepulse.phi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Device identifiers and serial numbers: an implant's or a pump's serial is on the patient's
 * record, so it points at one person. Codes count when labelled ("pacemaker serial PM-4472-XZ",
 * "device ID 00A1B2C3", "serial no. 123456789", "UDI (01)00844588003288"); a GS1 device
 * identifier ("(01)" and 14 digits) and a MAC address are recognisable on their own.
 */
final class DeviceIdentifierDetector implements Detector {

    private static final String DEVICES = "device|transmitter|sensor|pump|implant|pacemaker|defibrillator|icd|cpap"
            + "|bipap|monitor|meter|hearing\\s+aid|stimulator|receiver|pdm|cgm|controller|holter|concentrator";
    private static final Pattern LABELLED = LabelledCode.pattern(
            "serial|s/n|sn|imei|(?:" + DEVICES + ")\\s+(?:id|identifier|serial|unit)",
            "(?=[A-Z0-9/.-]*?\\d[A-Z0-9/.-]*?\\d)[A-Z0-9](?:[A-Z0-9]|[-/.](?=[A-Z0-9])){3,24}");
    /** GS1 application identifiers in brackets, each followed by its value; (01) is the device's GTIN. */
    private static final String GS1 = "(?:\\(\\d{2,4}\\)[A-Za-z0-9-]{1,30}){1,6}";
    private static final Pattern UDI_LABELLED = LabelledCode.pattern("udi|unique\\s+device\\s+identifier", GS1 + "|[A-Z0-9-]{6,40}");
    private static final Pattern UDI = Pattern.compile("\\(01\\)\\d{14}(?:\\(\\d{2,4}\\)[A-Za-z0-9-]{1,30}){0,5}");
    private static final Pattern MAC = Pattern.compile(
            "(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])");

    @Override
    public void detect(String text, List<PhiFinding> findings) {
        Matcher labelled = LABELLED.matcher(text);
        while (labelled.find()) {
            String code = labelled.group(1);
            if (code.replaceAll("[-/.]", "").length() >= 5) {
                findings.add(PhiFinding.of(PhiType.DEVICE_IDENTIFIER, labelled.start(1), labelled.end(1)));
            }
        }
        Matcher udi = UDI_LABELLED.matcher(text);
        while (udi.find()) {
            if (LabelledCode.digits(udi.group(1)) >= 4) {
                findings.add(PhiFinding.of(PhiType.DEVICE_IDENTIFIER, udi.start(1), udi.end(1)));
            }
        }
        for (Pattern pattern : List.of(UDI, MAC)) {
            Matcher bare = pattern.matcher(text);
            while (bare.find()) {
                findings.add(PhiFinding.of(PhiType.DEVICE_IDENTIFIER, bare.start(), bare.end()));
            }
        }
    }
}
