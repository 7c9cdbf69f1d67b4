package io.carepulse.consent;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What CarePulse writes for a consent, so staff never type it: the statements in plain language
 * (grade 8 or below: patients read them) and the label, which names the consent and its scope but
 * never the patient ("C-2026-0042 · STORY, PHOTO · Facebook, Instagram").
 */
public final class ConsentWording {

    private ConsentWording() {
    }

    /** A statement's text, as the patient acknowledges it. */
    public static String statement(ConsentStatementKind kind, String organization, String revocationInstructions,
            String remunerationSource) {
        String we = organization == null || organization.isBlank() ? "We" : organization;
        return switch (kind) {
            case REVOCATION_RIGHT -> "You can take back this permission at any time. You must do it in writing. "
                    + "To take it back: " + revocationInstructions + " Taking it back stops new posts. "
                    + "It does not undo what was shared before.";
            case TREATMENT_NOT_CONDITIONED -> "Your care does not depend on this form. " + we
                    + " will treat you, bill you and enroll you the same way if you sign or not.";
            case REDISCLOSURE -> "Once your information is shared in public, others may share it again. "
                    + "Privacy laws may not protect it then.";
            case REMUNERATION -> remunerationSource + " pays " + ("We".equals(we) ? "us" : we)
                    + " to share this. It is a form of marketing.";
        };
    }

    /** The label: number, categories and channels, in the order chosen. */
    public static String label(String number, List<ConsentCategory> categories, List<ConsentChannel> channels) {
        return number + " · " + scope(categories, channels);
    }

    /** The label without its number: what a request will be labelled once signed. */
    public static String scope(List<ConsentCategory> categories, List<ConsentChannel> channels) {
        return categories.stream().map(Enum::name).collect(Collectors.joining(", ")) + " · "
                + channels.stream().map(ConsentChannel::displayName).collect(Collectors.joining(", "));
    }

    /** The registry number of the {@code sequence}th consent of {@code year}: C-2026-0042. */
    public static String number(int year, long sequence) {
        return String.format(java.util.Locale.ROOT, "C-%d-%04d", year, sequence);
    }
}
