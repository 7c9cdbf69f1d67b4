package io.carepulse.content;

import io.carepulse.consent.Consent;
import io.carepulse.consent.ConsentCategory;
import io.carepulse.consent.ConsentChannel;
import io.carepulse.phi.PhiType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which consent category covers which kind of PHI finding, in one table (also in the README): a
 * patient story may show what the patient consented to — their name, their age or birthday, where
 * they live — and nothing else. Numbers that identify a record, an account or a device, contact
 * details and addresses on the web are never covered: no story needs them.
 *
 * <pre>
 * PERSON_NAME        NAME
 * PERSONAL_DATE      AGE (a date of birth only if the consent covers the patient's age)
 * AGE                AGE
 * STREET_ADDRESS     LOCATION
 * ZIP_CODE           LOCATION
 * everything else    none
 * </pre>
 */
final class ConsentCoverage {

    private static final Map<PhiType, ConsentCategory> CATEGORY = new EnumMap<>(Map.of(
            PhiType.PERSON_NAME, ConsentCategory.NAME,
            PhiType.PERSONAL_DATE, ConsentCategory.AGE,
            PhiType.AGE, ConsentCategory.AGE,
            PhiType.STREET_ADDRESS, ConsentCategory.LOCATION,
            PhiType.ZIP_CODE, ConsentCategory.LOCATION));

    private ConsentCoverage() {
    }

    /** The category that covers a finding of this type, or null when none may. */
    static ConsentCategory categoryOf(PhiType type) {
        return CATEGORY.get(type);
    }

    /**
     * Whether a consent authorizes this item: in effect, covering every channel the item has a
     * text for and its purpose.
     */
    static boolean authorizes(Consent consent, Content content) {
        if (!consent.inEffect()) {
            return false;
        }
        boolean channels = content.variants().stream().allMatch(variant -> consent.channels()
                .contains(ConsentChannel.valueOf(variant.channel().name())));
        boolean purpose = consent.purposes().stream().anyMatch(p -> p.kind() == content.purpose());
        return channels && purpose;
    }

    /** Whether one of the authorizing consents covers a finding of this type. */
    static boolean covers(List<Consent> authorizing, PhiType type) {
        ConsentCategory category = categoryOf(type);
        return category != null && authorizing.stream().anyMatch(c -> c.categories().contains(category));
    }
}
