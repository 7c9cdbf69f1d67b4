package io.carepulse.consent;

import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C1_DESCRIPTION_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C1_DISCLOSER_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C1_EXPIRATION_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C1_PURPOSE_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C1_RECIPIENT_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C1_SIGNATURE_MISSING;
import static io.carepulse.consent.ConsentErrorCode.HIPAA_164_508_C2_STATEMENT_MISSING;

import io.carepulse.consent.ConsentInputs.ConsentPatientInput;
import io.carepulse.consent.ConsentInputs.ConsentPurposeInput;
import io.carepulse.consent.ConsentInputs.ConsentSignatureInput;
import io.carepulse.consent.ConsentInputs.RecordConsentInput;
import io.carepulse.platform.graphql.FieldLabels;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation of an authorization against 164.508: every missing or invalid element is one user
 * error, whose code cites the element, on the input field to fix. Messages name fields only,
 * never the values (which are PHI).
 */
final class ConsentRules {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int STAFF_MAX = 20;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,25}");

    static final FieldLabels LABELS = FieldLabels.of(Map.ofEntries(
            Map.entry("patient.name", "Patient's name"),
            Map.entry("patient.dateOfBirth", "Date of birth"),
            Map.entry("patient.email", "Email"),
            Map.entry("patient.phone", "Phone"),
            Map.entry("informationDescription", "Description of the information"),
            Map.entry("disclosingStaff", "Staff who may disclose"),
            Map.entry("purposes.description", "Purpose"),
            Map.entry("signature.signerName", "Signer's name"),
            Map.entry("signature.signedOn", "Date signed"),
            Map.entry("signature.representativeAuthority", "Representative's authority"),
            Map.entry("revocationInstructions", "How to revoke"),
            Map.entry("remunerationSource", "Who pays")));

    private ConsentRules() {
    }

    /** The authorization's elements, trimmed and de-duplicated, once valid. */
    record Valid(String patientName, LocalDate dateOfBirth, String email, String phone,
            String informationDescription, List<ConsentCategory> categories, boolean disclosedByOrganization,
            List<String> disclosingStaff, List<ConsentChannel> channels, List<Consent.Purpose> purposes,
            LocalDate expiresOn, String expirationEvent, ConsentSignerKind signerKind, String signerName,
            LocalDate signedOn, String representativeAuthority, String revocationInstructions,
            boolean financialRemuneration, String remunerationSource) {
    }

    /** Checks every element; {@code today} is the organisation's date. */
    static Valid validate(InputChecks checks, RecordConsentInput in, LocalDate today) {
        return validate(checks, in, today, true);
    }

    /**
     * Checks every element; without {@code signed} (a request the patient signs online) the
     * signature and the acknowledgements are not asked for: the patient gives them.
     */
    static Valid validate(InputChecks checks, RecordConsentInput in, LocalDate today, boolean signed) {
        ConsentPatientInput patient = in.patient() == null ? new ConsentPatientInput(null, null, null, null)
                : in.patient();
        String name = checks.textAt(patient.name(), NAME_MAX, true, "patient", "name");
        LocalDate born = patient.dateOfBirth();
        if (born == null) {
            checks.fail(UserErrorCode.REQUIRED, "Enter the date of birth", "patient", "dateOfBirth");
        } else if (born.isAfter(today) || born.isBefore(LocalDate.of(1900, 1, 1))) {
            checks.fail(UserErrorCode.INVALID, "Date of birth must be a past date after 1900", "patient",
                    "dateOfBirth");
        }
        String email = checks.textAt(patient.email(), NAME_MAX, false, "patient", "email");
        checks.check(email == null || EMAIL.matcher(email).matches(), UserErrorCode.INVALID,
                "Enter an email address like name@example.org", "patient", "email");
        String phone = checks.textAt(patient.phone(), 40, false, "patient", "phone");
        checks.check(phone == null || (PHONE.matcher(phone).matches() && phone.replaceAll("\\D", "").length() >= 7),
                UserErrorCode.INVALID, "Enter a phone number with at least 7 digits", "patient", "phone");

        String description = checks.text("informationDescription", in.informationDescription(), TEXT_MAX, false);
        checks.check(description != null, HIPAA_164_508_C1_DESCRIPTION_MISSING,
                "Describe the information to be disclosed", "informationDescription");
        List<ConsentCategory> categories = distinct(in.categories());
        checks.check(!categories.isEmpty(), HIPAA_164_508_C1_DESCRIPTION_MISSING,
                "Choose at least one kind of information", "categories");

        boolean byOrganization = Boolean.TRUE.equals(in.disclosedByOrganization());
        List<String> staff = checks.strings("disclosingStaff", in.disclosingStaff(), STAFF_MAX, NAME_MAX);
        checks.check(byOrganization || !staff.isEmpty(), HIPAA_164_508_C1_DISCLOSER_MISSING,
                "Say who may disclose: the organisation, named staff, or both", "disclosedByOrganization");

        List<ConsentChannel> channels = distinct(in.channels());
        checks.check(!channels.isEmpty(), HIPAA_164_508_C1_RECIPIENT_MISSING,
                "Choose at least one channel the public receives it through", "channels");

        List<Consent.Purpose> purposes = purposes(checks, in.purposes());

        LocalDate expiresOn = in.expiresOn();
        String event = checks.text("expirationEvent", in.expirationEvent(), TEXT_MAX, false);
        if (expiresOn == null && event == null) {
            checks.fail(HIPAA_164_508_C1_EXPIRATION_MISSING, "Enter an expiration date or the event that ends it",
                    "expiresOn");
        } else if (expiresOn != null && expiresOn.isBefore(today)) {
            checks.fail(HIPAA_164_508_C1_EXPIRATION_MISSING, "Expiration date can't be in the past", "expiresOn");
        }

        ConsentSignatureInput signature = in.signature();
        String signerName = null;
        String authority = null;
        if (!signed) {
            signature = null;
        } else if (signature == null) {
            checks.fail(HIPAA_164_508_C1_SIGNATURE_MISSING, "Enter who signed and when", "signature");
        } else {
            signerName = checks.textAt(signature.signerName(), NAME_MAX, false, "signature", "signerName");
            checks.check(signerName != null, HIPAA_164_508_C1_SIGNATURE_MISSING, "Enter the signer's name",
                    "signature", "signerName");
            if (signature.signedOn() == null) {
                checks.fail(HIPAA_164_508_C1_SIGNATURE_MISSING, "Enter the date signed", "signature", "signedOn");
            } else if (signature.signedOn().isAfter(today)) {
                checks.fail(HIPAA_164_508_C1_SIGNATURE_MISSING, "Date signed can't be in the future", "signature",
                        "signedOn");
            } else if (expiresOn != null && expiresOn.isBefore(signature.signedOn())) {
                checks.fail(HIPAA_164_508_C1_EXPIRATION_MISSING,
                        "Expiration date must be on or after the date signed", "expiresOn");
            }
            authority = checks.textAt(signature.representativeAuthority(), TEXT_MAX, false, "signature",
                    "representativeAuthority");
            if (signature.signerKind() == ConsentSignerKind.REPRESENTATIVE) {
                checks.check(authority != null, HIPAA_164_508_C1_SIGNATURE_MISSING,
                        "Describe the representative's authority to act for the patient", "signature",
                        "representativeAuthority");
            } else {
                authority = null;
            }
        }

        Set<ConsentStatementKind> acknowledged = EnumSet.noneOf(ConsentStatementKind.class);
        acknowledged.addAll(distinct(in.acknowledgedStatements()));
        String instructions = checks.text("revocationInstructions", in.revocationInstructions(), TEXT_MAX, false);
        checks.check(instructions != null, HIPAA_164_508_C2_STATEMENT_MISSING,
                "Say how the patient can revoke in writing", "revocationInstructions");
        for (ConsentStatementKind kind : signed ? ConsentStatementKind.ALWAYS : List.<ConsentStatementKind>of()) {
            checks.check(acknowledged.contains(kind), HIPAA_164_508_C2_STATEMENT_MISSING,
                    "The patient must acknowledge the " + FieldLabels.words(kind) + " statement",
                    "acknowledgedStatements", kind.name());
        }
        boolean paid = Boolean.TRUE.equals(in.financialRemuneration());
        String source = checks.text("remunerationSource", in.remunerationSource(), NAME_MAX, false);
        if (paid) {
            checks.check(source != null, HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING,
                    "Name the third party that pays for this marketing", "remunerationSource");
            checks.check(!signed || acknowledged.contains(ConsentStatementKind.REMUNERATION),
                    HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING,
                    "The patient must acknowledge the remuneration statement", "acknowledgedStatements",
                    ConsentStatementKind.REMUNERATION.name());
        }
        return new Valid(name, born, email, phone, description, categories, byOrganization, staff, channels,
                purposes, expiresOn, expiresOn == null ? event : null,
                signature == null ? null : signature.signerKind(), signerName,
                signature == null ? null : signature.signedOn(), authority, instructions, paid,
                paid ? source : null);
    }

    private static List<Consent.Purpose> purposes(InputChecks checks, List<ConsentPurposeInput> inputs) {
        List<Consent.Purpose> purposes = new ArrayList<>();
        Set<ConsentPurposeKind> seen = EnumSet.noneOf(ConsentPurposeKind.class);
        List<ConsentPurposeInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            ConsentPurposeInput in = given.get(i);
            if (in == null || in.kind() == null) {
                continue;
            }
            String description = checks.textAt(in.description(), TEXT_MAX, false, "purposes", String.valueOf(i),
                    "description");
            if (!seen.add(in.kind())) {
                checks.fail(UserErrorCode.INVALID, "Each purpose can be chosen once", "purposes", String.valueOf(i),
                        "kind");
            } else {
                purposes.add(new Consent.Purpose(in.kind(), description));
            }
        }
        checks.check(!seen.isEmpty(), HIPAA_164_508_C1_PURPOSE_MISSING, "Choose at least one purpose", "purposes");
        return purposes;
    }

    private static <E extends Enum<E>> List<E> distinct(List<E> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream()
                .filter(java.util.Objects::nonNull).toList()));
    }
}
