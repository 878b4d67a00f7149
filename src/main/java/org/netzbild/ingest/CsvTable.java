package org.netzbild.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A CSV or TSV file as the office sends it: encoding detected (UTF-8 or UTF-16 by their byte-order
 * mark, else UTF-8 if every byte sequence is valid UTF-8, else Windows-1252) unless the spec names
 * one, the delimiter detected from the header ({@code ;} wins ties: German Excel's default), quoted
 * fields over several lines. Rows stream; each problem (wrong field count, an unclosed quote, a
 * field over {@link #MAX_FIELD_CHARS}) is reported with file and line and the row is left out.
 */
public final class CsvTable implements AutoCloseable {

    static final int MAX_FIELD_CHARS = 100_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String file;
    private final Charset charset;
    private final char delimiter;
    private final List<String> header;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    private CsvTable(String file, Charset charset, char delimiter, List<String> header, CsvReader<CsvRecord> reader,
                     Iterator<CsvRecord> records) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.header = header;
        this.reader = reader;
        this.records = records;
    }

    /** Opens the file and reads its header; {@link ImportRefusedException} if it is not a readable table. */
    public static CsvTable open(Path path, MappingSpec.Source source) {
        String file = path.getFileName().toString();
        try {
            Charset charset = charset(path, source.encoding(), file);
            char delimiter = delimiter(path, charset, source, file);
            Reader text = reader(path, charset);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .skipEmptyLines(true)
                    .maxBufferSize(MAX_FIELD_CHARS)
                    .ofCsvRecord(text);
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                reader.close();
                throw refused(file, 0, "problem.noHeader");
            }
            var header = new ArrayList<String>();
            var seen = new java.util.HashSet<String>();
            for (String name : records.next().getFields()) {
                String column = name.strip();
                if (column.isEmpty() || !seen.add(column)) {
                    reader.close();
                    throw column.isEmpty() ? refused(file, 1, "problem.unnamedColumn")
                            : refused(file, 1, "problem.duplicateColumn", column);
                }
                header.add(column);
            }
            return new CsvTable(file, charset, delimiter, List.copyOf(header), reader, records);
        } catch (IOException e) {
            throw new ImportRefusedException(List.of(ReadFailures.of(file, e)));
        } catch (java.io.UncheckedIOException e) {
            throw new ImportRefusedException(List.of(ReadFailures.of(file, e.getCause())));
        } catch (CsvParseException e) {
            throw refused(file, 1, "problem.headerUnparsable", MAX_FIELD_CHARS);
        }
    }

    public List<String> header() {
        return header;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Hands each well-formed row to {@code rows}; each malformed one becomes a problem instead. */
    public void forEach(Consumer<SourceRow> rows, Consumer<ImportProblem> problems) {
        while (true) {
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (CsvParseException | NoSuchElementException e) {
                // the parser's own words name its buffer; the user needs the line and what to look for
                problems.accept(ImportProblem.of(file, startingLine(e), null, null, "problem.restUnparsable",
                        MAX_FIELD_CHARS));
                return;
            } catch (java.io.UncheckedIOException e) {
                problems.accept(ReadFailures.of(file, e.getCause()));
                return;
            }
            long line = record.getStartingLineNumber();
            if (record.getFieldCount() != header.size()) {
                problems.accept(ImportProblem.of(file, line, null, null, "problem.fieldCount", record.getFieldCount(),
                        header.size()));
                continue;
            }
            var cells = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), record.getField(i));
            }
            rows.accept(new SourceRow(file, line, cells));
        }
    }

    /** The line the unreadable record began on, as the parser's message gives it; 0 if it does not. */
    private static long startingLine(RuntimeException e) {
        var line = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return line.find() ? Long.parseLong(line.group(1)) : 0;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Charset charset(Path path, String requested, String file) throws IOException {
        Charset marked = byteOrderMark(path);
        if (!"auto".equalsIgnoreCase(requested)) {
            Charset charset;
            try {
                charset = Charset.forName(requested);
            } catch (IllegalArgumentException e) {
                throw refused(file, 0, "problem.unknownEncoding", requested);
            }
            if (marked != null && !agrees(charset, marked)) {
                // the mark is the file's own word on its encoding: read otherwise, every umlaut comes out garbled
                throw refused(file, 1, "problem.bomContradictsEncoding", requested, marked.name());
            }
            if (charset.equals(StandardCharsets.UTF_8)) {
                // a Windows-1252 file read as UTF-8 turns every umlaut into a replacement character
                long bad = firstLineNotUtf8(path, file);
                if (bad > 0) {
                    throw refused(file, bad, "problem.notInDeclaredEncoding", requested);
                }
            }
            return marked != null ? marked : charset;
        }
        if (marked != null && !marked.equals(StandardCharsets.UTF_8)) {
            return marked;
        }
        return firstLineNotUtf8(path, file) == 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The encoding the file's byte-order mark names (UTF-8, UTF-16LE or UTF-16BE), or {@code null} without one. */
    static Charset byteOrderMark(Path path) throws IOException {
        byte[] start = new byte[3];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(start, 0, 3);
        }
        return byteOrderMark(start, read);
    }

    static Charset byteOrderMark(byte[] start, int read) {
        if (read >= 3 && start[0] == UTF8_BOM[0] && start[1] == UTF8_BOM[1] && start[2] == UTF8_BOM[2]) {
            return StandardCharsets.UTF_8;
        }
        if (read >= 2 && start[0] == (byte) 0xFF && start[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (read >= 2 && start[0] == (byte) 0xFE && start[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** "UTF-16" without an order reads either mark; every other declaration must be the marked encoding. */
    static boolean agrees(Charset declared, Charset marked) {
        return declared.equals(marked)
                || declared.equals(StandardCharsets.UTF_16) && !marked.equals(StandardCharsets.UTF_8);
    }

    /**
     * Reads the file once through a strict UTF-8 decoder: the line of the first byte that is not
     * UTF-8, or 0 if there is none. A NUL byte means it is no text file at all.
     */
    static long firstLineNotUtf8(Path path, String file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long badLine = 0;
        long decodedLine = 1;
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            byte[] chunk = new byte[1 << 15];
            int n;
            while ((n = in.read(chunk)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == 0) {
                        throw refused(file, line, "problem.nulByte");
                    }
                    if (chunk[i] == '\n') {
                        line++;
                    }
                }
                if (badLine == 0) {
                    bytes.put(chunk, 0, n).flip();
                    var result = decoder.decode(bytes, chars, false);
                    chars.flip();
                    while (chars.hasRemaining()) {
                        if (chars.get() == '\n') {
                            decodedLine++;
                        }
                    }
                    chars.clear();
                    bytes.compact();
                    if (result.isError()) {
                        badLine = decodedLine;
                    }
                }
            }
            // a sequence cut off by the end of the file
            if (badLine == 0 && decoder.decode(bytes.flip(), chars, true).isError()) {
                badLine = decodedLine;
            }
        }
        return badLine;
    }

    private static char delimiter(Path path, Charset charset, MappingSpec.Source source, String file) throws IOException {
        if ("tsv".equals(source.format())) {
            return '\t';
        }
        String requested = source.delimiter();
        if (!"auto".equalsIgnoreCase(requested)) {
            String d = requested.equals("\\t") || requested.equalsIgnoreCase("tab") ? "\t" : requested;
            if (d.length() != 1) {
                throw refused(file, 0, "problem.delimiter", requested);
            }
            return d.charAt(0);
        }
        String headerLine;
        try (var lines = new java.io.BufferedReader(reader(path, charset))) {
            headerLine = lines.readLine();
        }
        if (headerLine == null) {
            return ';';
        }
        char best = ';';
        long bestCount = 0;
        for (char candidate : new char[] {';', ',', '\t', '|'}) {
            long count = outsideQuotes(headerLine, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static long outsideQuotes(String line, char candidate) {
        long count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** A reader that skips the byte-order mark, which would otherwise stick to the first column's name. */
    private static Reader reader(Path path, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] start = in.readNBytes(3);
            if (!java.util.Arrays.equals(start, UTF8_BOM)) {
                in.reset();
            }
        }
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Reader reader = new InputStreamReader(in, decoder);
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            int bom = reader.read();
            if (bom != '\uFEFF') {
                var pushback = new java.io.PushbackReader(reader, 1);
                if (bom >= 0) {
                    pushback.unread(bom);
                }
                return pushback;
            }
        }
        return reader;
    }

    private static ImportRefusedException refused(String file, long line, String key, Object... arguments) {
        return new ImportRefusedException(List.of(ImportProblem.of(file, line, null, null, key, arguments)));
    }
}
