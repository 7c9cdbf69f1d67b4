package io.carepulse.phi;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * An organisation's own identifiers — its phone numbers, addresses, web domains, clinicians'
 * names — which its posts and replies carry and the scanner would otherwise flag. A finding is
 * allowed when its text and an entry are the same once both are reduced to letters and digits
 * (so "(951) 555-0100" allows "951-555-0100"), or when the entry is a domain or a name the
 * finding contains ("riversidehealth.org" allows "https://www.riversidehealth.org/flu"; "Maya
 * Patel" allows "Dr. Maya Patel"). Entries shorter than four letters or digits allow nothing.
 */
public final class AllowList {

    static final int SHORTEST = 4;

    private AllowList() {
    }

    /** The findings of {@code text} that no entry allows. */
    public static List<PhiFinding> without(String text, List<PhiFinding> findings, List<String> entries) {
        if (entries == null || entries.isEmpty() || findings.isEmpty()) {
            return findings;
        }
        List<String> allowed = entries.stream().map(AllowList::reduced).filter(entry -> entry.length() >= SHORTEST)
                .toList();
        return findings.stream().filter(finding -> {
            String found = reduced(text.substring(finding.start(), finding.end()));
            return allowed.stream().noneMatch(entry -> found.equals(entry) || found.contains(entry));
        }).toList();
    }

    /** Letters and digits only, accents and case folded. */
    static String reduced(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
