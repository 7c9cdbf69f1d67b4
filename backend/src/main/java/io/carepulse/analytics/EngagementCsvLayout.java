package io.carepulse.analytics;

import io.carepulse.segment.Channel;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CSV layout engagement is imported from, read from a data file ({@code analytics/csv-layouts/*.json},
 * or the operator's directory, see {@link EngagementCsvLayouts}): which header names hold which
 * values. Header names are compared without case, surrounding spaces or a byte-order mark, and each
 * column lists alternatives (the first present is read).
 *
 * @param shape         {@code FIGURE_PER_LINE} (CarePulse's: a line is one figure, its post, channel,
 *                      metric, value and time in columns) or {@code POST_PER_LINE} (the platforms'
 *                      exports: a line is a post of {@code channel}, a column per metric, lifetime totals)
 * @param columns       the columns other than metrics, by what they hold (see {@link Column})
 * @param required      the {@link Column}s a file must have
 * @param identifiedBy  sets of header names: a header holding all of one set is this layout's
 * @param postIdPattern where the post's ID is found within its column (group 1), or null for the whole value
 * @param timeFormats   the layout's time formats, tried after ISO 8601; a time without an offset is in
 *                      the organisation's time zone
 * @param metrics       (POST_PER_LINE) each metric's column
 */
record EngagementCsvLayout(String id, String name, String source, Shape shape, Channel channel,
        Map<Column, List<String>> columns, List<Column> required, List<List<String>> identifiedBy,
        String postIdPattern, List<String> timeFormats, Map<EngagementMetric, List<String>> metrics) {

    enum Shape { FIGURE_PER_LINE, POST_PER_LINE }

    /** What a column other than a metric's holds. */
    enum Column {
        contentId, externalPostId, channel, metric, value, measuredAt, kind, publishedAt
    }

    EngagementCsvLayout {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        required = required == null ? List.of() : List.copyOf(required);
        identifiedBy = identifiedBy == null ? List.of() : identifiedBy.stream().map(List::copyOf).toList();
        timeFormats = timeFormats == null ? List.of() : List.copyOf(timeFormats);
        metrics = metrics == null || metrics.isEmpty() ? Map.of() : new EnumMap<>(metrics);
    }

    /** What is wrong with the layout as written, or null: said when the layouts are loaded. */
    String problem() {
        if (id == null || !id.matches("[a-z0-9-]{1,40}")) {
            return "id must be 1 to 40 lower-case letters, digits and hyphens";
        }
        if (name == null || name.isBlank() || shape == null) {
            return "name and shape are required";
        }
        if (identifiedBy.isEmpty() || identifiedBy.stream().anyMatch(List::isEmpty)) {
            return "identifiedBy needs at least one set of header names";
        }
        if (shape == Shape.POST_PER_LINE && (channel == null || metrics.isEmpty()
                || !columns.containsKey(Column.externalPostId))) {
            return "a POST_PER_LINE layout needs a channel, metrics and an externalPostId column";
        }
        if (shape == Shape.FIGURE_PER_LINE && !columns.keySet().containsAll(
                Set.of(Column.channel, Column.metric, Column.value, Column.measuredAt))) {
            return "a FIGURE_PER_LINE layout needs channel, metric, value and measuredAt columns";
        }
        if (!columns.keySet().containsAll(required)) {
            return "every required column needs its header names";
        }
        try {
            formatters();
            postIdRegex();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    List<DateTimeFormatter> formatters() {
        return timeFormats.stream().map(format -> DateTimeFormatter.ofPattern(format, Locale.ENGLISH)).toList();
    }

    Pattern postIdRegex() {
        return postIdPattern == null ? null : Pattern.compile(postIdPattern);
    }

    /** A header name as compared: no byte-order mark, case or extra spaces. */
    static String normalized(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** Whether a line (its cells) is this layout's header. */
    boolean identifies(List<String> cells) {
        Set<String> names = names(cells).keySet();
        return identifiedBy.stream().anyMatch(set -> set.stream().map(EngagementCsvLayout::normalized)
                .allMatch(names::contains));
    }

    /** How many of the layout's header names a line has: how close it is to this layout's header. */
    int likeness(List<String> cells) {
        Set<String> names = names(cells).keySet();
        return (int) headerNames().stream().filter(names::contains).count();
    }

    private List<String> headerNames() {
        List<String> all = new ArrayList<>();
        columns.values().forEach(all::addAll);
        metrics.values().forEach(all::addAll);
        return all.stream().map(EngagementCsvLayout::normalized).toList();
    }

    /**
     * Where a header's columns are: each {@link Column} and metric at the position of its first
     * alternative present; {@code missing} the required columns that are not there (each said by
     * its first header name), and for a post-per-line layout a note when no metric is there.
     */
    record Header(int line, Map<Column, Integer> columns, Map<EngagementMetric, Integer> metrics,
            List<String> cells, List<String> missing) {

        String name(int position) {
            return cells.get(position).replace("\uFEFF", "").strip();
        }
    }

    Header header(int line, List<String> cells) {
        Map<String, Integer> names = names(cells);
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        columns.forEach((column, alternatives) -> position(alternatives, names)
                .ifPresent(position -> found.put(column, position)));
        Map<EngagementMetric, Integer> metricColumns = new LinkedHashMap<>();
        metrics.forEach((metric, alternatives) -> position(alternatives, names)
                .ifPresent(position -> metricColumns.put(metric, position)));
        List<String> missing = new ArrayList<>();
        for (Column column : required) {
            if (!found.containsKey(column)) {
                missing.add(columns.get(column).getFirst());
            }
        }
        if (shape == Shape.POST_PER_LINE && metricColumns.isEmpty()) {
            missing.add("a figure (" + String.join(", ", metrics.values().stream().map(List::getFirst).toList())
                    + ")");
        }
        return new Header(line, found, metricColumns, List.copyOf(cells), missing);
    }

    private static java.util.Optional<Integer> position(List<String> alternatives, Map<String, Integer> names) {
        return alternatives.stream().map(EngagementCsvLayout::normalized).map(names::get)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** A line's cells by their normalised names (the first of a repeated name). */
    private static Map<String, Integer> names(List<String> cells) {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            names.putIfAbsent(normalized(cells.get(i)), i);
        }
        return names;
    }
}
