package io.carepulse.consent;

import io.carepulse.platform.text.Readability;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An authorization in plain language, as the patient reads it before signing and as their signed
 * copy prints it: what is shared, by whom, where, why and until when, in short sentences. The
 * words staff typed (the description, purposes, an expiry event) are quoted as they are.
 */
final class AuthorizationText {

    record Section(String heading, String text) {
    }

    private AuthorizationText() {
    }

    static List<Section> of(ConsentRequest request) {
        String org = request.organizationName() == null ? "We" : request.organizationName();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("What we will share", request.informationDescription() + " This can include: "
                + words(request.categories()) + "."));
        String who = request.disclosedByOrganization() ? org : "";
        if (!request.disclosingStaff().isEmpty()) {
            who = (who.isEmpty() ? "" : who + " and ") + String.join(", ", request.disclosingStaff());
        }
        sections.add(new Section("Who will share it", who + " may share it."));
        sections.add(new Section("Where it will be shared", "In public, on "
                + request.channels().stream().map(ConsentChannel::displayName).collect(Collectors.joining(", "))
                + ". Anyone can see it there."));
        sections.add(new Section("Why", request.purposes().stream().map(AuthorizationText::purpose)
                .collect(Collectors.joining(" "))));
        sections.add(new Section("When this ends", request.expiresOn() != null
                ? "This permission ends on " + date(request.expiresOn()) + "."
                : "This permission ends: " + request.expirationEvent()));
        return sections;
    }

    /** The grade level of the sections and statements together (Flesch–Kincaid). */
    static double grade(List<Section> sections, List<String> statements) {
        StringBuilder text = new StringBuilder();
        sections.forEach(section -> text.append(section.text()).append("\n\n"));
        statements.forEach(statement -> text.append(statement).append("\n\n"));
        return Math.round(Readability.of(text.toString()).grade() * 10) / 10.0;
    }

    private static String purpose(Consent.Purpose purpose) {
        String kind = switch (purpose.kind()) {
            case MARKETING -> "To market our services.";
            case EDUCATION -> "To teach people about health.";
            case AWARENESS -> "To help people know about a health issue.";
            case FUNDRAISING -> "To raise money for our work.";
        };
        return purpose.description() == null ? kind : kind + " " + purpose.description();
    }

    private static String words(List<ConsentCategory> categories) {
        return categories.stream().map(category -> switch (category) {
            case NAME -> "your name";
            case PHOTO -> "photos of you";
            case VIDEO -> "video of you";
            case VOICE -> "your voice";
            case STORY -> "your story";
            case CONDITION -> "your health condition";
            case TREATMENT -> "your care";
            case AGE -> "your age";
            case LOCATION -> "where you live";
        }).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }
}
