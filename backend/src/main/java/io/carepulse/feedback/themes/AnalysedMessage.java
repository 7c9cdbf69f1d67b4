package io.carepulse.feedback.themes;

import java.util.Map;
import java.util.Set;

/**
 * The countable terms of one message, each with the words it was typed as there.
 *
 * @param surfaces term (a stem, or two stems joined by a space) → its surface form in this message,
 *     lower case ("waiting times" for "wait time"); feed it to {@link DisplayForms} to name the term
 */
public record AnalysedMessage(Map<String, String> surfaces) {

    public AnalysedMessage {
        surfaces = Map.copyOf(surfaces);
    }

    /** The message's terms, each once however often it was written: a message counts a term once. */
    public Set<String> terms() {
        return surfaces.keySet();
    }
}
