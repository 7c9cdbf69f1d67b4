package io.carepulse.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSV layouts engagement is imported from: CarePulse's own and the platforms' exports, shipped
 * as data files ({@code analytics/csv-layouts/<id>.json}), each with a small invented example
 * ({@code analytics/csv-examples/<id>.csv}). A platform renames a column more often than we
 * release, so an operator may set {@code carepulse.analytics.csv-layouts-dir}
 * ({@code CAREPULSE_CSV_LAYOUTS_DIR}): its {@code *.json} files replace the shipped layout of the
 * same ID or add new ones, read at start. A layout that does not make sense stops the start, with
 * its file and what is wrong, rather than failing imports later.
 */
@Component
class EngagementCsvLayouts {

    /** A layout and its example file's text (empty for an operator's layout without one). */
    record Described(EngagementCsvLayout layout, String example) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, Described> layouts;

    EngagementCsvLayouts(@Value("${carepulse.analytics.csv-layouts-dir:}") String directory) {
        Map<String, Described> loaded = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        try {
            for (Resource resource : resources.getResources("classpath*:analytics/csv-layouts/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    EngagementCsvLayout layout = read(in.readAllBytes(), resource.getDescription());
                    Resource example = resources.getResource("classpath:analytics/csv-examples/" + layout.id() + ".csv");
                    String text = example.exists()
                            ? new String(example.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
                    loaded.put(layout.id(), new Described(layout, text));
                }
            }
            if (!directory.isBlank()) {
                try (Stream<Path> files = Files.list(Path.of(directory))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        EngagementCsvLayout layout = read(Files.readAllBytes(file), file.toString());
                        Described shipped = loaded.get(layout.id());
                        loaded.put(layout.id(), new Described(layout, shipped == null ? "" : shipped.example()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the engagement CSV layouts", e);
        }
        // CarePulse's own first, then by name.
        List<Described> ordered = new ArrayList<>(loaded.values());
        ordered.sort(Comparator.comparing((Described d) -> !d.layout().id().equals("carepulse"))
                .thenComparing(d -> d.layout().name()));
        Map<String, Described> byId = new LinkedHashMap<>();
        ordered.forEach(d -> byId.put(d.layout().id(), d));
        this.layouts = byId;
    }

    private static EngagementCsvLayout read(byte[] json, String where) {
        EngagementCsvLayout layout;
        try {
            layout = JSON.readValue(json, EngagementCsvLayout.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Engagement CSV layout " + where + " is not valid: " + e.getMessage(), e);
        }
        String problem = layout.problem();
        if (problem != null) {
            throw new IllegalStateException("Engagement CSV layout " + where + ": " + problem);
        }
        return layout;
    }

    List<Described> all() {
        return List.copyOf(layouts.values());
    }

    Described find(String id) {
        return layouts.get(id);
    }
}
