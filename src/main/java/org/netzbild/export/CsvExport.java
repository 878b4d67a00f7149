package org.netzbild.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV tables as German Excel opens them with a double click: UTF-8 with a byte-order mark,
 * semicolons, CRLF. Three files beside each other: {@code <stem>.csv} the entities,
 * {@code <stem>-<links>.csv} the links, {@code <stem>-<notes>.txt} title, head and footnotes (the
 * names in the user's language, {@link ExportNotes#tableNames()}). Every
 * cell is neutralised ({@link Cells}).
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Writes the three files; returns them, the entities' table first. */
    public static List<Path> write(Disclosure disclosure, ExportNotes notes, Path entitiesFile) throws IOException {
        var tables = new Tables(disclosure, notes);
        String name = entitiesFile.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        Path linksFile = entitiesFile.resolveSibling(FileNames.of(stem + "-" + notes.tableNames().get(1), "csv"));
        Path notesFile = entitiesFile.resolveSibling(FileNames.of(stem + "-" + notes.tableNames().get(2), "txt"));
        table(tables.entities, entitiesFile);
        table(tables.links, linksFile);
        Files.write(notesFile, notes.lines(), StandardCharsets.UTF_8);
        return List.of(entitiesFile, linksFile, notesFile);
    }

    private static void table(List<List<String>> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(out)) {
                for (List<String> row : rows) {
                    csv.writeRecord(row.stream().map(Cells::neutralise).toList());
                }
            }
        }
    }
}
