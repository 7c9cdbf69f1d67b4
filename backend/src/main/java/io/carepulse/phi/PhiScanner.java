package io.carepulse.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Screens free text for protected health information. Library detectors handle the generic
 * formats (libphonenumber for phone numbers in free text, Apache Commons Validator for e-mail
 * addresses, URLs and IP addresses); the healthcare-specific rules are ours. Thread-safe and
 * non-blocking: everything it needs is loaded when it is constructed.
 */
@Component
public class PhiScanner {

    private final List<Detector> detectors = List.of(new PhoneDetector(), new NetworkIdentifierDetector(),
            new NumberedIdentifierDetector(), new PersonalDateDetector(), new AddressDetector(), new NameDetector());

    public PhiScanner() {
        // libphonenumber reads its metadata from the jar on first use: do it now, not on an event loop.
        scan("Call 212-555-0100 or write to a@b.org");
    }

    /** Findings in text order; where two overlap, the more severe (then longer) one is kept. */
    public List<PhiFinding> scan(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<PhiFinding> raw = new ArrayList<>();
        detectors.forEach(detector -> detector.detect(text, raw));
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
}
