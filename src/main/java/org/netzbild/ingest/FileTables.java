package org.netzbild.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which file each table of a multi-file spec reads, and in which order the files are written: a
 * table that refers to entities of a type another table makes comes after that table, so every link
 * finds its ends in the store. Files and tables are matched by file name (a table's {@code file}
 * may be a pattern such as {@code personen_*.csv}); every table needs exactly one file and every
 * file exactly one table.
 */
public final class FileTables {

    private FileTables() {
    }

    /** A table of the spec with the file it reads. */
    public record TableFile(MappingSpec.Table table, Path file) {
    }

    /** The table whose {@code file} names this file, or {@code null}. */
    public static MappingSpec.Table tableOf(MappingSpec spec, Path file) {
        for (var table : spec.tables()) {
            if (table.file() != null && matches(table.file(), file)) {
                return table;
            }
        }
        return null;
    }

    /** The problem of a file that no table of the spec reads. */
    static ImportProblem noTable(MappingSpec spec, Path file) {
        return ImportProblem.of(file.getFileName().toString(), 0, null, null, "problem.fileForNoTable",
                String.join(", ", spec.tables().stream().map(MappingSpec.Table::file).toList()));
    }

    /**
     * The files a multi-file spec names, looked up in the spec's folder: for a command given the
     * spec alone. A table whose file is not there is a problem of the spec.
     */
    public static List<Path> besideSpec(MappingSpec spec, Path specFile) {
        Path folder = specFile.toAbsolutePath().getParent();
        var found = new ArrayList<Path>();
        var problems = new ArrayList<ImportProblem>();
        List<Path> candidates;
        try (var listing = Files.list(folder)) {
            candidates = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportRefusedException(List.of(ReadFailures.of(folder.toString(), e)));
        }
        for (var table : spec.tables()) {
            var mine = candidates.stream().filter(f -> matches(table.file(), f)).toList();
            if (mine.size() == 1) {
                found.add(mine.getFirst());
            } else {
                problems.add(problem(specFile, table, mine));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return found;
    }

    /**
     * The tables with their files in writing order, or {@link ImportRefusedException}: a table
     * without its file, a file no table reads, two files for one table, or tables that refer to
     * each other's entities in a circle.
     */
    static List<TableFile> inWritingOrder(MappingSpec spec, List<Path> files) {
        var problems = new ArrayList<ImportProblem>();
        var byTable = new LinkedHashMap<MappingSpec.Table, Path>();
        for (var table : spec.tables()) {
            var mine = files.stream().filter(f -> matches(table.file(), f)).toList();
            if (mine.size() == 1) {
                byTable.put(table, mine.getFirst());
            } else {
                problems.add(problem(null, table, mine));
            }
        }
        for (Path file : files) {
            if (tableOf(spec, file) == null) {
                problems.add(noTable(spec, file));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return ordered(byTable, problems);
    }

    /** Tables that make a type before those that refer to it; the spec's order otherwise. */
    private static List<TableFile> ordered(Map<MappingSpec.Table, Path> byTable, List<ImportProblem> problems) {
        var makers = new HashMap<String, List<MappingSpec.Table>>();
        byTable.keySet().forEach(t -> t.entities().forEach(e -> makers.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(t)));
        var order = new ArrayList<TableFile>();
        var done = new HashSet<MappingSpec.Table>();
        var visiting = new HashSet<MappingSpec.Table>();
        for (var table : byTable.keySet()) {
            visit(table, byTable, makers, done, visiting, order, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return order;
    }

    private static void visit(MappingSpec.Table table, Map<MappingSpec.Table, Path> byTable,
                              Map<String, List<MappingSpec.Table>> makers, Set<MappingSpec.Table> done,
                              Set<MappingSpec.Table> visiting, List<TableFile> order, List<ImportProblem> problems) {
        if (done.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            problems.add(ImportProblem.of(table.file(), 0, null, "references", "problem.tablesReferInACircle", table.file()));
            return;
        }
        for (var reference : table.references()) {
            for (var maker : makers.getOrDefault(reference.type(), List.of())) {
                if (maker != table) {
                    visit(maker, byTable, makers, done, visiting, order, problems);
                }
            }
        }
        visiting.remove(table);
        if (done.add(table)) {
            order.add(new TableFile(table, byTable.get(table)));
        }
    }

    private static ImportProblem problem(Path specFile, MappingSpec.Table table, List<Path> mine) {
        String where = specFile == null ? table.file() : specFile.getFileName().toString();
        return mine.isEmpty()
                ? ImportProblem.of(where, 0, null, null, "problem.noFileForTable", table.file())
                : ImportProblem.of(where, 0, null, null, "problem.twoFilesForTable", table.file(),
                        String.join(", ", mine.stream().map(f -> f.getFileName().toString()).toList()));
    }

    /** A file name against a table's {@code file}: the same name (case ignored), or a glob pattern. */
    static boolean matches(String pattern, Path file) {
        String name = file.getFileName().toString();
        String wanted = pattern.strip();
        if (wanted.contains("/") || wanted.contains("\\")) {
            wanted = Path.of(wanted).getFileName().toString();
        }
        if (!wanted.contains("*") && !wanted.contains("?") && !wanted.contains("[")) {
            return name.equalsIgnoreCase(wanted);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + wanted);
        return matcher.matches(Path.of(name));
    }
}
