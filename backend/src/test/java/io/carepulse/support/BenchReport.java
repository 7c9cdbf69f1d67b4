package io.carepulse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's report: each line printed and appended to {@code bench/results/<name>-progress.log}
 * as it is measured (a long run shows where it is), and the whole written to
 * {@code bench/results/<name>-<stamp>.txt} at the end.
 */
public final class BenchReport {

    private static final Path RESULTS = Path.of("bench/results");

    private final String name;
    private final List<String> lines = new ArrayList<>();

    public BenchReport(String name) {
        this.name = name;
    }

    public void line(String format, Object... args) {
        String text = String.format(Locale.ENGLISH, format, args);
        lines.add(text);
        System.out.println("[bench] " + text);
        try {
            Files.createDirectories(RESULTS);
            Files.writeString(RESULTS.resolve(name + "-progress.log"), text + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report, named by {@code stamp} (the run's start, say). */
    public void write(String stamp) throws IOException {
        Files.createDirectories(RESULTS);
        Files.writeString(RESULTS.resolve(name + "-" + stamp.replace(':', '-') + ".txt"), String.join("\n", lines)
                + "\n");
    }

    /** The {@code percentile} of some durations in nanoseconds, in milliseconds. */
    public static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
