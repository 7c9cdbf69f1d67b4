package io.carepulse.analytics;

import io.carepulse.analytics.EngagementBatch.Item;
import io.carepulse.analytics.EngagementCsvLayout.Column;
import io.carepulse.analytics.EngagementCsvLayouts.Described;
import io.carepulse.analytics.EngagementCsvReader.Read;
import io.carepulse.organization.OrganizationSettingsStore;
import io.carepulse.platform.crypto.Digests;
import io.carepulse.platform.files.FileKind;
import io.carepulse.platform.files.FileType;
import io.carepulse.platform.files.StoredFile;
import io.carepulse.platform.files.StoredFiles;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code importEngagementCsv}: an uploaded CSV file (kind {@code engagement-csv}) read with its
 * layout ({@link EngagementCsvReader}) and recorded through {@link EngagementIntake}'s checks, as
 * batches of up to 1,000 figures whose source is the file (and each figure's line). By default a
 * file with a bad line records nothing; with {@code skipBadLines} the good lines are recorded and a
 * line is never recorded in part. The file is kept, attached to the imports, as the figures'
 * provenance. Importing it again changes no total: a platform's export holds totals so far, and a
 * total sent again counts once (a change sent again for the same time replaces itself).
 */
@Controller
class EngagementCsvImport {

    static final String KIND = "engagement-csv";
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** What an imported file is attached to: any import (so the same file can be imported again). */
    static final String ATTACHED_TO = "EngagementImport";
    static final int ERRORS_MAX = 100;
    static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.MARKETER, Role.ANALYST);

    record ImportEngagementCsvInput(String fileId, String fileName, String layout, Instant measuredAt,
            Boolean skipBadLines, Boolean dryRun) {
    }

    /** @param recorded whether the figures were recorded: false for a dry run and a refused file */
    record ImportEngagementCsvPayload(LayoutView layout, int lines, int importedLines, int figures,
            List<String> batchIds, List<UserError> userErrors, boolean recorded)
            implements EngagementIntake.EngagementPayload {

        static ImportEngagementCsvPayload refused(LayoutView layout, int lines, List<UserError> errors) {
            return new ImportEngagementCsvPayload(layout, lines, 0, 0, List.of(), errors, false);
        }

        @Override
        public boolean audited() {
            return recorded && figures > 0;
        }
    }

    record ColumnView(String holds, List<String> headers, boolean required) {
    }

    record LayoutView(String id, String name, String source, EngagementCsvLayout.Shape shape,
            io.carepulse.segment.Channel channel, List<ColumnView> columns, String example) {

        static LayoutView of(Described described) {
            EngagementCsvLayout layout = described.layout();
            List<ColumnView> columns = new ArrayList<>();
            for (Column column : Column.values()) {
                List<String> headers = layout.columns().get(column);
                if (headers != null) {
                    columns.add(new ColumnView(holds(column), headers, layout.required().contains(column)));
                }
            }
            layout.metrics().forEach((metric, headers) -> columns.add(new ColumnView(metric.name(), headers, false)));
            return new LayoutView(layout.id(), layout.name(), layout.source(), layout.shape(), layout.channel(),
                    columns, described.example());
        }

        private static String holds(Column column) {
            return column.name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        }
    }

    @Bean
    static FileKind engagementCsvKind() {
        return new FileKind(KIND, IMPORTERS, Set.of("engagement:write"), MAX_BYTES, Set.of(FileType.CSV));
    }

    private final EngagementCsvLayouts layouts;
    private final EngagementIntake intake;
    private final StoredFiles files;
    private final OrganizationSettingsStore settings;
    private final Clock clock;

    EngagementCsvImport(EngagementCsvLayouts layouts, EngagementIntake intake, StoredFiles files,
            OrganizationSettingsStore settings, Clock clock) {
        this.layouts = layouts;
        this.intake = intake;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    @QueryMapping
    List<LayoutView> engagementCsvLayouts() {
        return layouts.all().stream().map(LayoutView::of).toList();
    }

    @MutationMapping
    Mono<ImportEngagementCsvPayload> importEngagementCsv(@Argument ImportEngagementCsvInput input) {
        InputChecks checks = new InputChecks();
        checks.text("fileId", input.fileId(), 100, true);
        String fileName = checks.text("fileName", input.fileName(), 200, false);
        Described forced = input.layout() == null || input.layout().isBlank() ? null
                : layouts.find(input.layout().strip());
        checks.check(input.layout() == null || input.layout().isBlank() || forced != null, UserErrorCode.INVALID,
                "No layout with this ID: choose one of " + layouts.all().stream().map(d -> d.layout().id())
                        .collect(Collectors.joining(", ")), "layout");
        checks.check(input.measuredAt() == null || !input.measuredAt().isAfter(clock.instant().plusSeconds(300)),
                UserErrorCode.INVALID, "measuredAt is in the future: enter when the export was taken", "measuredAt");
        if (!checks.ok()) {
            return Mono.just(ImportEngagementCsvPayload.refused(null, 0, checks.errors()));
        }
        return files.claim(input.fileId().strip(), KIND, ATTACHED_TO)
                .flatMap(file -> importFile(file, fileName, forced, input.measuredAt(),
                        Boolean.TRUE.equals(input.skipBadLines()), Boolean.TRUE.equals(input.dryRun())))
                .switchIfEmpty(Mono.fromSupplier(() -> ImportEngagementCsvPayload.refused(null, 0,
                        List.of(UserError.onInput(UserErrorCode.NOT_FOUND, "No uploaded CSV file with this ID in your "
                                + "organisation: upload it (kind " + KIND + ") and import it with its ID", "fileId")))));
    }

    /**
     * Imports a stored file of the caller's organisation, already claimed: read with {@code forced}
     * (null: the layout its header identifies), a platform's totals measured at {@code measuredAt}
     * (null: when it was uploaded).
     */
    Mono<ImportEngagementCsvPayload> importFile(StoredFile file, String fileName, Described forced,
            Instant measuredAt, boolean skipBadLines, boolean dryRun) {
        return Mono.zip(text(file), settings.current()).flatMap(t -> {
            Read read = EngagementCsvReader.read(t.getT1(), layouts.all().stream().map(Described::layout).toList(),
                    forced == null ? null : forced.layout(), ZoneId.of(t.getT2().timezone()),
                    measuredAt != null ? measuredAt : file.uploadedAt());
            return record(read, file, fileName, skipBadLines, dryRun);
        });
    }

    /**
     * Stores the shipped example files as the caller's uploads and imports them, their totals
     * measured at {@code measuredAt} (the demo data's): the figures each layout brings.
     */
    Mono<Integer> importExamples(String uploadedBy, Instant measuredAt) {
        FileKind kind = engagementCsvKind();
        return Flux.fromIterable(layouts.all()).filter(described -> !described.example().isEmpty())
                .concatMap(described -> {
                    byte[] bytes = described.example().getBytes(StandardCharsets.UTF_8);
                    return files.store(kind, FileType.CSV, bytes, Digests.sha256Hex(bytes), uploadedBy, measuredAt)
                            .flatMap(stored -> files.claim(stored.id(), KIND, ATTACHED_TO))
                            .flatMap(stored -> importFile(stored, described.layout().id() + "-example.csv", described,
                                    measuredAt, false, false));
                })
                .map(ImportEngagementCsvPayload::figures).reduce(0, Integer::sum);
    }

    private Mono<String> text(StoredFile file) {
        return files.content(file).collect(ByteArrayOutputStream::new, (out, buffer) -> {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            out.writeBytes(bytes);
        }).map(out -> {
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    /** Records the file's good figures, or (a dry run) says what it would record. */
    private Mono<ImportEngagementCsvPayload> record(Read read, StoredFile file, String fileName,
            boolean skipBadLines, boolean dryRun) {
        if (read.layout() == null || read.header() == null || !read.header().missing().isEmpty()
                || read.items().isEmpty() && read.errors().isEmpty() && read.lines() == 0) {
            LayoutView layout = read.layout() == null ? null : LayoutView.of(layouts.find(read.layout().id()));
            List<UserError> errors = read.errors().isEmpty() ? List.of(UserError.onInput(UserErrorCode.INVALID,
                    "The file has a header but no lines of figures", "fileId")) : read.errors();
            return Mono.just(ImportEngagementCsvPayload.refused(layout, read.lines(), errors));
        }
        LayoutView layout = LayoutView.of(layouts.find(read.layout().id()));
        return intake.check(read.items()).flatMap(checked -> {
            List<UserError> errors = new ArrayList<>(read.errors());
            checked.errors().forEach(error -> errors.add(EngagementCsvReader.ofLine(error, read.header(),
                    read.layout())));
            errors.sort(Comparator.comparingInt(EngagementIntake::position));
            Set<Integer> badLines = new HashSet<>();
            errors.forEach(error -> badLines.add(EngagementIntake.position(error)));
            List<UserError> shown = shown(errors, badLines.size());
            if (!errors.isEmpty() && !skipBadLines) {
                return Mono.just(ImportEngagementCsvPayload.refused(layout, read.lines(), shown));
            }
            List<Item> accepted = checked.accepted().stream().filter(item -> !badLines.contains(item.line()))
                    .toList();
            int importedLines = (int) accepted.stream().mapToInt(Item::line).distinct().count();
            if (dryRun) {
                return Mono.just(new ImportEngagementCsvPayload(layout, read.lines(), importedLines, accepted.size(),
                        List.of(), shown, false));
            }
            String name = fileName != null ? fileName : file.id() + ".csv";
            return Flux.fromIterable(EngagementIntake.chunks(accepted))
                    .concatMap(chunk -> intake.write(chunk, EngagementBatch.SourceKind.CSV, file.id(), name))
                    .map(batch -> GlobalId.encode(EngagementBatch.TYPE, batch.id()))
                    .collectList()
                    .map(batchIds -> new ImportEngagementCsvPayload(layout, read.lines(), importedLines,
                            accepted.size(), batchIds, shown, true));
        });
    }

    /** The first errors, and a last one saying how many lines more were refused. */
    private static List<UserError> shown(List<UserError> errors, int badLines) {
        if (errors.size() <= ERRORS_MAX) {
            return errors;
        }
        List<UserError> shown = new ArrayList<>(errors.subList(0, ERRORS_MAX - 1));
        Set<Integer> linesShown = new HashSet<>();
        shown.forEach(error -> linesShown.add(EngagementIntake.position(error)));
        shown.add(UserError.onInput(UserErrorCode.INVALID, "And " + InputChecks.count(errors.size() - shown.size())
                + " more errors on " + InputChecks.count(badLines - linesShown.size()) + " more lines", "lines"));
        return shown;
    }
}
