package org.netzbild.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's Markdown table, written as it grows: each row is printed and the whole table so far
 * written to its file, so that a size that runs out of memory or time keeps the rows before it.
 */
public final class BenchmarkTable {

    private final Path file;
    private final List<String> rows = new ArrayList<>();

    /** The table goes to the file the system property {@code bench.out} names, else to {@code fallback}. */
    public BenchmarkTable(String fallback) {
        this.file = Path.of(System.getProperty("bench.out", fallback));
    }

    public void add(String row) {
        System.out.println(row);
        rows.add(row);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
