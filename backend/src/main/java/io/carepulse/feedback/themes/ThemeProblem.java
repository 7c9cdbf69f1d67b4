package io.carepulse.feedback.themes;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Why a custom theme cannot be saved, on the field that needs changing.
 *
 * @param field path to the field, in the shape of a GraphQL user error's {@code field}
 *     ({@code ["label"]}, {@code ["cues", "3"]}; {@code ["themes", "2", "label"]} from
 *     {@link ThemeTaxonomy#validate})
 * @param message what to do, in words a user can act on
 */
public record ThemeProblem(List<String> field, String message) {

    public ThemeProblem {
        field = List.copyOf(field);
    }

    ThemeProblem under(String... prefix) {
        return new ThemeProblem(Stream.concat(Arrays.stream(prefix), field.stream()).toList(), message);
    }
}
