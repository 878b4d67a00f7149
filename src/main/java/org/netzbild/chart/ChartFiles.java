package org.netzbild.chart;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Charts as JSON files in a workspace's {@code charts} folder. A save writes a temporary file and
 * moves it into place, so a crash never leaves half a chart. Names become file names, so they
 * are restricted to letters, digits, spaces and {@code - _ .}.
 */
public final class ChartFiles {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._-]{1,80}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;

    public ChartFiles(Path folder) {
        this.folder = folder;
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.isBlank() && !name.startsWith(".");
    }

    public void save(ChartDocument chart) throws IOException {
        if (!isValidName(chart.name())) {
            throw new IllegalArgumentException("a chart name is 1 to 80 letters, digits, spaces, '.', '_' or '-'");
        }
        Files.createDirectories(folder);
        Path target = file(chart.name());
        Path temporary = Files.createTempFile(folder, ".saving-", ".json");
        try {
            JSON.writeValue(temporary.toFile(), chart);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public ChartDocument open(String name) throws IOException {
        if (!isValidName(name) || !Files.isRegularFile(file(name))) {
            throw new java.nio.file.NoSuchFileException(file(isValidName(name) ? name : "?").toString());
        }
        ChartDocument chart = JSON.readValue(file(name).toFile(), ChartDocument.class);
        if (chart.format() > ChartDocument.FORMAT) {
            throw new IOException("the chart " + name + " was saved by a newer Netzbild (format " + chart.format() + ")");
        }
        return chart;
    }

    /** The names of the saved charts, sorted. */
    public List<String> names() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted(java.text.Collator.getInstance(java.util.Locale.GERMANY))
                    .toList();
        }
    }

    private Path file(String name) {
        return folder.resolve(name + ".json");
    }
}
