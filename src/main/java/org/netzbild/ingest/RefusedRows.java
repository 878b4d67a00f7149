package org.netzbild.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows an opt-in partial import leaves out ({@code --reject-file}), each with its reasons, and
 * the file they are written to for the agency to correct and send again: every refused row exactly
 * as it stood in the file (its bytes, in the file's encoding, a row spanning lines included), after
 * the file's own header line, with one more column that says why. Only a problem of a row can
 * refuse just that row; a problem of the file or the spec still refuses the whole import.
 */
public final class RefusedRows {

    /** Problems that concern one row and nothing after it: the rest of the file was read and is sound. */
    private static final Set<String> OF_A_ROW = Set.of("problem.fieldCount", "problem.conflictingRows",
            "problem.conflictingLinkRows", "problem.danglingReference", "problem.controlCharacter", "problem.noDateTimes", "problem.notADateTime",
            "problem.noSuchDay", "problem.notADate", "problem.notADateButReads", "problem.notADecimalComma",
            "problem.notADecimalPoint", "problem.notAnInteger", "problem.notYesNo", "problem.reviewByPast",
            "problem.unknownCode", "problem.unknownFileCode", "problem.validToBeforeFrom", "problem.notANumber");

    /** Refused rows by file name, then starting line, with their problems. */
    private final Map<String, TreeMap<Long, List<ImportProblem>>> rows = new LinkedHashMap<>();

    static boolean ofARow(ImportProblem problem) {
        return problem.file() != null && problem.line() >= 2
                && (OF_A_ROW.contains(problem.key()) || problem.key().startsWith("violation."));
    }

    void add(ImportProblem problem) {
        rows.computeIfAbsent(problem.file(), f -> new TreeMap<>())
                .computeIfAbsent(problem.line(), l -> new java.util.ArrayList<>()).add(problem);
    }

    boolean contains(SourceRow row) {
        var lines = rows.get(row.file());
        return lines != null && lines.containsKey(row.line());
    }

    boolean contains(ImportProblem problem) {
        var lines = rows.get(problem.file());
        return lines != null && lines.containsKey(problem.line());
    }

    boolean hasRowsOf(String file) {
        return rows.containsKey(file);
    }

    /** How many rows are left out. */
    public long count() {
        return rows.values().stream().mapToLong(Map::size).sum();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Writes the refused rows of {@code input} to {@code target}: its header line with the reason
     * column added, then each refused row with its reasons. The input is read as bytes; the rows are
     * copied, not parsed and written again, so what the agency gets back is what it sent.
     */
    void write(Path input, Charset charset, char delimiter, Path target, String reasonHeader, Locale locale) {
        var refused = rows.getOrDefault(input.getFileName().toString(), new TreeMap<>());
        boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        try {
            byte[] bytes = Files.readAllBytes(input);
            // a quote, a line end and the delimiter are one byte in UTF-8 and the 8-bit encodings, and no
            // byte of another character; the wide encodings are cut as text, which they give back unchanged
            Charset cut = wide ? StandardCharsets.UTF_8 : charset;
            byte[] kept = rowsOf(wide ? new String(bytes, charset).getBytes(cut) : bytes, refused, delimiter,
                    reasonHeader, locale, cut);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, wide ? new String(kept, cut).getBytes(charset) : kept);
        } catch (IOException e) {
            throw new ImportRefusedException(List.of(ReadFailures.of(target.getFileName().toString(), e)));
        }
    }

    /** The header line and the refused records of {@code bytes}, each with its reason column. */
    private static byte[] rowsOf(byte[] bytes, TreeMap<Long, List<ImportProblem>> refused, char delimiter,
                                 String reasonHeader, Locale locale, Charset charset) throws IOException {
        var out = new ByteArrayOutputStream();
        long line = 1;
        int at = 0;
        while (at < bytes.length) {
            // one record: up to a line end outside quotes
            int start = at;
            long startLine = line;
            boolean quoted = false;
            int end = start;
            while (end < bytes.length && (bytes[end] != '\n' || quoted)) {
                if (bytes[end] == '"') {
                    quoted = !quoted;
                } else if (bytes[end] == '\n') {
                    line++;
                }
                end++;
            }
            line++;
            int next = Math.min(end + 1, bytes.length);
            int textEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String reason = startLine == 1 ? reasonHeader : refused.containsKey(startLine)
                    ? String.join("; ", refused.get(startLine).stream().map(p -> p.reason(locale)).distinct().toList())
                    : null;
            if (reason != null) {
                out.write(bytes, start, textEnd - start);
                out.write(String.valueOf(delimiter).getBytes(charset));
                out.write(quote(reason).getBytes(charset));
                if (next > textEnd) {
                    out.write(bytes, textEnd, next - textEnd);
                } else {
                    out.write(new byte[] {'\r', '\n'}); // the file's last row had no line end
                }
            }
            at = next;
        }
        return out.toByteArray();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
