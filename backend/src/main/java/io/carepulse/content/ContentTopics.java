package io.carepulse.content;

import java.util.List;

/** The organisation's content topics; every organisation starts from these (its own list comes later). */
final class ContentTopics {

    static final List<String> DEFAULTS = List.of("Preventive care", "Nutrition", "Vaccination", "Mental health",
            "Chronic disease", "First aid", "Maternal health", "Men's health", "Heart health", "Cancer screening");

    private ContentTopics() {
    }
}
