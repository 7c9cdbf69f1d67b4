package io.carepulse.phi;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Screens free text for protected health information. Library detectors handle the generic
 * formats (libphonenumber for phone numbers in free text, Apache Commons Validator for e-mail
 * addresses, URLs and IP addresses); the healthcare-specific rules are ours. Detectors read a
 * normalised copy of the text, so full-width digits, invisible characters and look-alike letters
 * do not hide an identifier; findings point into the text as typed. Thread-safe and
 * non-blocking: everything it needs is loaded when it is constructed.
 */
@Component
public class PhiScanner {

    private final List<Detector> detectors;

    public PhiScanner() {
        this(Year.now().getValue());
    }

    /** The current year decides which birth years mean an age over 89. */
    PhiScanner(int currentYear) {
        detectors = List.of(new PhoneDetector(), new NetworkIdentifierDetector(), new NumberedIdentifierDetector(),
                new PersonalDateDetector(), new AddressDetector(), new NameDetector(), new AgeDetector(currentYear),
                new VehicleIdentifierDetector(), new DeviceIdentifierDetector());
        // libphonenumber and the JDK's normaliser read their data from jars on first use: do it
        // now, not on an event loop (a full-width digit and a combining accent reach the normaliser).
        scan("Call 212-555-0100 or write to a@b.org, \uFF11 Jose\u0301");
    }

    /** Findings in text order; where two overlap, the more severe (then longer) one is kept. */
    public List<PhiFinding> scan(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        NormalizedText normalized = NormalizedText.of(text);
        List<PhiFinding> found = new ArrayList<>();
        detectors.forEach(detector -> detector.detect(normalized.text(), found));
        List<PhiFinding> raw = new ArrayList<>(found.stream().map(normalized::toOriginal).toList());
        // Most severe first, then longest; on a tie a labelled identifier ("account 4455667788")
        // beats the phone number the same digits could also be.
        raw.sort(Comparator.comparing((PhiFinding f) -> f.severity()).reversed()
                .thenComparing(f -> f.start() - f.end())
                .thenComparing(f -> f.type() == PhiType.PHONE || f.type() == PhiType.FAX));
        List<PhiFinding> kept = new ArrayList<>();
        for (PhiFinding finding : raw) {
            if (kept.stream().noneMatch(finding::overlaps)) {
                kept.add(finding);
            }
        }
        kept.sort(Comparator.comparingInt(PhiFinding::start));
        return List.copyOf(kept);
    }

    public boolean containsPhi(String text) {
        return !scan(text).isEmpty();
    }

    /**
     * Whether the text talks about someone's health (a condition, a drug, a test, care): what turns
     * a name into PHI, and a reply naming its reader into a disclosure that they are a patient.
     */
    public boolean mentionsHealth(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return ClinicalVocabulary.mentionedIn(ClinicalVocabulary.words(text, 0, text.length()));
    }
}
