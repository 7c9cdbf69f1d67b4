package io.carepulse.analytics;

import io.carepulse.analytics.EngagementCsvLayout.Column;
import io.carepulse.analytics.EngagementCsvLayout.Header;
import io.carepulse.analytics.EngagementCsvLayout.Shape;
import io.carepulse.analytics.EngagementIntake.EngagementItemInput;
import io.carepulse.analytics.EngagementIntake.Numbered;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.segment.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an engagement CSV file into the items {@link EngagementIntake} checks: finds the header
 * among the first lines (a platform's export may start with a line of explanation), picks the
 * layout it identifies (or the one asked for), and turns each line into its figures, numbered by
 * line as a spreadsheet numbers its rows. A value it cannot read is an error naming the line and
 * the column; it never echoes what a cell held (a file may carry anything). Records are split by
 * Apache Commons CSV (quotes, doubled quotes, line breaks within quotes); the delimiter (comma,
 * semicolon or tab) is the one the header line uses most.
 */
final class EngagementCsvReader {

    /** Lines of figures a file may have: a platform's export of a year of posts fits many times over. */
    static final int LINES_MAX = 10_000;
    /** Lines searched for the header. */
    static final int HEADER_SEARCH = 10;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

    /**
     * What a file held: its layout and header (null when none was found), its lines of figures,
     * the items read and the errors of the lines that could not be read (in line order).
     */
    record Read(EngagementCsvLayout layout, Header header, int lines, List<Numbered> items, List<UserError> errors) {

        static Read failed(UserError error) {
            return new Read(null, null, 0, List.of(), List.of(error));
        }
    }

    private EngagementCsvReader() {
    }

    /**
     * Reads {@code text} with the layout {@code forced} (null: the one its header identifies);
     * local times are in {@code zone}; a post-per-line layout's totals count as measured at
     * {@code measuredAt}.
     */
    static Read read(String text, List<EngagementCsvLayout> layouts, EngagementCsvLayout forced, ZoneId zone,
            Instant measuredAt) {
        List<CSVRecord> records;
        try {
            records = parse(text);
        } catch (UncheckedIOException | IllegalStateException e) {
            return Read.failed(UserError.onInput(UserErrorCode.INVALID,
                    "The file is not valid CSV (a quoted value may not be closed): save it as CSV again", "fileId"));
        }
        Header header = null;
        EngagementCsvLayout layout = null;
        for (int i = 0; i < Math.min(HEADER_SEARCH, records.size()) && layout == null; i++) {
            List<String> cells = records.get(i).toList();
            if (forced != null) {
                if (forced.identifies(cells) || forced.header(line(records.get(i)), cells).missing().isEmpty()) {
                    layout = forced;
                }
            } else {
                layout = layouts.stream().filter(candidate -> candidate.identifies(cells))
                        .max(Comparator.comparingInt(candidate -> candidate.likeness(cells))).orElse(null);
            }
            if (layout != null) {
                header = layout.header(line(records.get(i)), cells);
            }
        }
        if (layout == null) {
            return Read.failed(noHeader(records, forced != null ? List.of(forced) : layouts));
        }
        if (!header.missing().isEmpty()) {
            return new Read(layout, header, 0, List.of(), List.of(UserError.onInput(UserErrorCode.INVALID,
                    "Line " + header.line() + " is the header of " + layout.name() + " but has no column "
                            + String.join(", no column ", header.missing()) + ": add it and import again", "fileId")));
        }
        Lines lines = new Lines(layout, header, zone, measuredAt);
        int count = 0;
        for (CSVRecord record : records) {
            if (line(record) <= header.line() || blank(record)) {
                continue;
            }
            if (++count > LINES_MAX) {
                return new Read(layout, header, count, List.of(), List.of(UserError.onInput(UserErrorCode.INVALID,
                        "The file has more than " + InputChecks.count(LINES_MAX)
                                + " lines of figures: split it and import each part", "fileId")));
            }
            lines.read(line(record), record.toList());
        }
        return new Read(layout, header, count, lines.items, lines.errors);
    }

    private static List<CSVRecord> parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The delimiter the first lines use most: a comma, or a semicolon (spreadsheets in many locales), or a tab. */
    private static char delimiter(String text) {
        String head = text.lines().limit(HEADER_SEARCH).collect(Collectors.joining("\n"));
        long commas = head.chars().filter(c -> c == ',').count();
        long semicolons = head.chars().filter(c -> c == ';').count();
        long tabs = head.chars().filter(c -> c == '\t').count();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static int line(CSVRecord record) {
        return (int) record.getRecordNumber();
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** No layout's header in the first lines: says which layout the file is nearest to, and what it lacks. */
    private static UserError noHeader(List<CSVRecord> records, List<EngagementCsvLayout> layouts) {
        EngagementCsvLayout nearest = null;
        Header nearestHeader = null;
        int best = 1;
        for (CSVRecord record : records.subList(0, Math.min(HEADER_SEARCH, records.size()))) {
            for (EngagementCsvLayout layout : layouts) {
                int likeness = layout.likeness(record.toList());
                if (likeness > best) {
                    best = likeness;
                    nearest = layout;
                    nearestHeader = layout.header(line(record), record.toList());
                }
            }
        }
        if (nearest != null && !nearestHeader.missing().isEmpty()) {
            return UserError.onInput(UserErrorCode.INVALID, "Line " + nearestHeader.line() + " looks like the header of "
                    + nearest.name() + " but has no column " + String.join(", no column ", nearestHeader.missing())
                    + ": add it and import again", "fileId");
        }
        String names = layouts.stream().map(EngagementCsvLayout::name).collect(Collectors.joining("; "));
        return UserError.onInput(UserErrorCode.INVALID, records.isEmpty() ? "The file has no lines"
                : "No known header in the first " + HEADER_SEARCH + " lines: the file should be one of " + names
                        + " (their columns are listed with the import)", "fileId");
    }

    /** A cell as a number: null when empty or a dash (no figure), NaN when it is not a number. */
    static Double number(String cell) {
        String value = cell == null ? "" : cell.replace('\u00a0', ' ').strip().replace(" ", "");
        if (value.isEmpty() || value.equals("-") || value.equals("--") || value.equalsIgnoreCase("n/a")) {
            return null;
        }
        if (GROUPED.matcher(value).matches()) {
            value = value.replace(",", "");
        }
        return NUMBER.matcher(value).matches() ? Double.valueOf(value) : Double.NaN;
    }

    /** A time read from a cell, and whether it had only a date. */
    record Time(Instant instant, boolean dateOnly) {
    }

    /** A cell as a time (ISO 8601 or one of the layout's formats; local in {@code zone}); null when unreadable. */
    static Time time(String cell, List<DateTimeFormatter> formats, ZoneId zone) {
        String value = cell.strip();
        List<DateTimeFormatter> all = new ArrayList<>(List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE));
        all.addAll(formats);
        for (DateTimeFormatter format : all) {
            try {
                TemporalAccessor parsed = format.parseBest(value, OffsetDateTime::from, ZonedDateTime::from,
                        LocalDateTime::from, LocalDate::from);
                return switch (parsed) {
                    case OffsetDateTime time -> new Time(time.toInstant(), false);
                    case ZonedDateTime time -> new Time(time.toInstant(), false);
                    case LocalDateTime time -> new Time(time.atZone(zone).toInstant(), false);
                    case LocalDate date -> new Time(date.atStartOfDay(zone).toInstant(), true);
                    default -> null;
                };
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    /** The lines of one file, read into items and errors. */
    private static final class Lines {

        final EngagementCsvLayout layout;
        final Header header;
        final ZoneId zone;
        final Instant measuredAt;
        final List<DateTimeFormatter> formats;
        final Pattern postId;
        final List<Numbered> items = new ArrayList<>();
        final List<UserError> errors = new ArrayList<>();

        Lines(EngagementCsvLayout layout, Header header, ZoneId zone, Instant measuredAt) {
            this.layout = layout;
            this.header = header;
            this.zone = zone;
            this.measuredAt = measuredAt;
            this.formats = layout.formatters();
            this.postId = layout.postIdRegex();
        }

        void read(int line, List<String> cells) {
            int before = errors.size();
            if (layout.shape() == Shape.POST_PER_LINE) {
                post(line, cells);
            } else {
                figure(line, cells);
            }
            if (errors.size() > before) {
                // A line is taken whole or not at all.
                items.removeIf(item -> item.line() == line);
            }
        }

        /** A platform's line: one post, a lifetime total per metric column. */
        private void post(int line, List<String> cells) {
            String post = cell(cells, Column.externalPostId);
            if (post.isEmpty()) {
                error(line, Column.externalPostId, "the post's ID is missing");
                return;
            }
            if (postId != null) {
                Matcher found = postId.matcher(post);
                if (!found.find()) {
                    error(line, Column.externalPostId, "no post ID in it (" + layout.postIdPattern()
                            .replaceAll("[()?:]", "") + ")");
                    return;
                }
                post = found.group(1);
            }
            Instant publishedAt = publishedAt(line, cells);
            for (Map.Entry<EngagementMetric, Integer> metric : header.metrics().entrySet()) {
                String column = header.name(metric.getValue());
                Double value = number(metric.getValue() < cells.size() ? cells.get(metric.getValue()) : "");
                if (value == null) {
                    continue;
                }
                if (value.isNaN()) {
                    errors.add(at(line, column, "enter a number"));
                    continue;
                }
                items.add(new Numbered(new EngagementItemInput(null, post, layout.channel(), metric.getKey(), value,
                        measuredAt, EngagementValueKind.CUMULATIVE, publishedAt), line,
                        new String[] {"lines", String.valueOf(line), column}));
            }
        }

        /** CarePulse's line: one figure. */
        private void figure(int line, List<String> cells) {
            int before = errors.size();
            Channel channel = channel(cell(cells, Column.channel));
            if (channel == null) {
                error(line, Column.channel, "choose one of " + Arrays.stream(Channel.values()).map(Channel::label)
                        .collect(Collectors.joining(", ")));
            }
            EngagementMetric metric = metric(cell(cells, Column.metric));
            if (metric == null) {
                error(line, Column.metric, "choose one of " + Arrays.stream(EngagementMetric.values())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
            Double value = number(cell(cells, Column.value));
            if (value == null || value.isNaN()) {
                error(line, Column.value, value == null ? "enter the value" : "enter a number");
            }
            String measured = cell(cells, Column.measuredAt);
            Time at = measured.isEmpty() ? null : time(measured, formats, zone);
            if (at == null) {
                error(line, Column.measuredAt, measured.isEmpty() ? "enter when the value was measured"
                        : "enter a date and time such as 2026-03-14T09:30:00Z or 2026-03-14 09:30");
            }
            String kindCell = cell(cells, Column.kind).toUpperCase(Locale.ROOT);
            EngagementValueKind kind = kindCell.isEmpty() ? EngagementValueKind.CUMULATIVE
                    : Arrays.stream(EngagementValueKind.values()).filter(k -> k.name().equals(kindCell)).findFirst()
                            .orElse(null);
            if (kind == null) {
                error(line, Column.kind, "enter CUMULATIVE (a total so far) or DELTA (a change), or leave it empty");
            }
            String content = cell(cells, Column.contentId);
            String external = cell(cells, Column.externalPostId);
            Instant publishedAt = publishedAt(line, cells);
            if (errors.size() == before) {
                items.add(new Numbered(new EngagementItemInput(content.isEmpty() ? null : content,
                        external.isEmpty() ? null : external, channel, metric, value, at.instant(), kind, publishedAt),
                        line, new String[] {"lines", String.valueOf(line), header.name(header.columns()
                                .get(Column.value))}));
            }
        }

        private Instant publishedAt(int line, List<String> cells) {
            String published = cell(cells, Column.publishedAt);
            if (published.isEmpty()) {
                return null;
            }
            Time time = time(published, formats, zone);
            if (time == null) {
                error(line, Column.publishedAt, "enter a date and time such as 2026-03-14T09:30:00Z");
                return null;
            }
            // A date alone does not say the hour the post went out.
            return time.dateOnly() ? null : time.instant();
        }

        private String cell(List<String> cells, Column column) {
            Integer position = header.columns().get(column);
            return position == null || position >= cells.size() || cells.get(position) == null ? ""
                    : cells.get(position).strip();
        }

        private void error(int line, Column column, String message) {
            errors.add(at(line, header.name(header.columns().get(column)), message));
        }

        private static Channel channel(String cell) {
            String name = cell.toUpperCase(Locale.ROOT).replace(" ", "");
            if (name.equals("TWITTER")) {
                return Channel.X;
            }
            return Arrays.stream(Channel.values()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        private static EngagementMetric metric(String cell) {
            String name = cell.toUpperCase(Locale.ROOT).replaceAll("[ -]+", "_");
            return Arrays.stream(EngagementMetric.values()).filter(m -> m.name().equals(name)).findFirst()
                    .orElse(null);
        }
    }

    /** An error of a line's column, in words and by field ({@code input.lines.<line>.<column>}). */
    static UserError at(int line, String column, String message) {
        return UserError.onInput(UserErrorCode.INVALID, "Line " + line + ", " + column + ": " + message, "lines",
                String.valueOf(line), column);
    }

    /**
     * An error {@link EngagementIntake} found in an item read from a line, said of the line and
     * the column the value came from rather than of the item's field.
     */
    static UserError ofLine(UserError error, Header header, EngagementCsvLayout layout) {
        List<String> field = error.field();
        if (field.size() < 5 || !field.get(1).equals("lines")) {
            return error;
        }
        String line = field.get(2);
        String valueColumn = field.get(3);
        String column = switch (field.get(4)) {
            case "contentId" -> named(header, Column.contentId, valueColumn);
            case "externalPostId" -> named(header, Column.externalPostId, valueColumn);
            case "at" -> layout.shape() == Shape.POST_PER_LINE ? "measuredAt"
                    : named(header, Column.measuredAt, valueColumn);
            case "publishedAt" -> named(header, Column.publishedAt, valueColumn);
            case "kind" -> named(header, Column.kind, valueColumn);
            default -> valueColumn;
        };
        String message = error.message().isEmpty() ? error.message()
                : Character.toLowerCase(error.message().charAt(0)) + error.message().substring(1);
        return new UserError(List.of("input", "lines", line, column), error.code(),
                "Line " + line + ", " + column + ": " + message);
    }

    private static String named(Header header, Column column, String otherwise) {
        Integer position = header.columns().get(column);
        return position == null ? otherwise : header.name(position);
    }
}
