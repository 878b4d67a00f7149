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
 * Charts as JSON files named {@code NAME.nbchart} in a workspace's {@code charts} folder (the
 * installed program opens such a file from the file manager, ADR 0039). A save writes a temporary
 * file and moves it into place, so a crash never leaves half a chart. Names become file names, so
 * they are restricted to letters, digits, spaces and {@code - _ .}. Charts saved before the
 * extension was ours ({@code NAME.json}) are read as they are and saved under the new name.
 */
public final class ChartFiles {

    /** The extension of a chart file, which the installed program is associated with. */
    public static final String EXTENSION = ".nbchart";
    private static final String EARLIER = ".json";
    /** The folder inside a workspace that holds its charts. */
    public static final String FOLDER = "charts";

    /** A chart file's place: the workspace folder it belongs to, and the chart's name. */
    public record Place(Path workspace, String name) {
    }

    /**
     * Where a chart file belongs: a file {@code NAME.nbchart} in a workspace's {@code charts}
     * folder. Empty for any other file, since a chart holds ids that mean something only in the
     * store they were read from.
     */
    public static java.util.Optional<Place> placeOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String fileName = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        Path parent = absolute.getParent();
        if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION) || parent == null
                || parent.getFileName() == null || !parent.getFileName().toString().equals(FOLDER)
                || parent.getParent() == null) {
            return java.util.Optional.empty();
        }
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        return isValidName(name) ? java.util.Optional.of(new Place(parent.getParent(), name)) : java.util.Optional.empty();
    }

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
        Path temporary = Files.createTempFile(folder, ".saving-", EXTENSION);
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
        Files.deleteIfExists(folder.resolve(chart.name() + EARLIER));
    }

    public ChartDocument open(String name) throws IOException {
        if (!isValidName(name) || !Files.isRegularFile(stored(name))) {
            throw new java.nio.file.NoSuchFileException(file(isValidName(name) ? name : "?").toString());
        }
        ChartDocument chart = JSON.readValue(stored(name).toFile(), ChartDocument.class);
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
                    .filter(n -> (n.endsWith(EXTENSION) || n.endsWith(EARLIER)) && !n.startsWith("."))
                    .map(n -> n.substring(0, n.lastIndexOf('.')))
                    .distinct()
                    .sorted(java.text.Collator.getInstance(java.util.Locale.GERMANY))
                    .toList();
        }
    }

    /** The file a chart is saved to. */
    public Path file(String name) {
        return folder.resolve(name + EXTENSION);
    }

    /** The file a chart is read from: its own, or the one an earlier version saved. */
    private Path stored(String name) {
        Path file = file(name);
        Path earlier = folder.resolve(name + EARLIER);
        return !Files.isRegularFile(file) && Files.isRegularFile(earlier) ? earlier : file;
    }
}
