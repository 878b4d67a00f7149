package org.netzbild.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An Excel workbook (XLSX) read as a stream, sheet by sheet: the first row of a sheet is its
 * header, each further non-empty row a data row. Dates come out as ISO dates whatever the cell's
 * display format, numbers in the spec's decimal style, so the same value parser serves CSV and
 * Excel. The spec's {@code sheet} names the one sheet to read; without it every sheet is read.
 * Zip bombs are refused by POI's inflate-ratio and entry-size limits; XML entities are off.
 */
final class XlsxTable {

    /** An unpacked part of the workbook above this is refused (a real 1 M-row sheet stays below). */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxTable() {
    }

    /** Reads the workbook; each row to {@code rows}, each problem (also a refused file) to {@code problems}. */
    static void read(Path path, MappingSpec.Source source, java.util.function.BiFunction<String, List<String>, List<ImportProblem>> headerCheck,
                     Consumer<SourceRow> rows, Consumer<ImportProblem> problems) {
        String file = path.getFileName().toString();
        if (!java.nio.file.Files.isRegularFile(path) || !java.nio.file.Files.isReadable(path)) {
            // POI would call a missing file a damaged one
            problems.accept(ImportProblem.of(file, 0, null, null, java.nio.file.Files.exists(path)
                    ? "problem.fileAccessDenied" : "problem.fileMissing"));
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean found = false;
            var names = new ArrayList<String>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (source.sheet() != null && !source.sheet().equals(name)) {
                        continue;
                    }
                    found = true;
                    String where = file + "[" + name + "]";
                    var handler = new Rows(where, source.decimalComma(), headerCheck, rows, problems);
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler,
                            new IsoDates(source.decimalComma()), false));
                    xml.parse(new InputSource(sheet));
                }
            }
            if (source.sheet() != null && !found) {
                problems.accept(ImportProblem.of(file, 0, null, "source.sheet", "problem.noSheet", source.sheet(),
                        String.join(", ", names)));
            }
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            problems.accept(ReadFailures.of(file, e));
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            problems.accept(ImportProblem.of(file, 0, null, null, "problem.oldExcelWorkbook"));
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            problems.accept(zipBomb(e) ? ImportProblem.of(file, 0, null, null, "problem.zipBomb", MAX_ENTRY_BYTES >> 20)
                    : ImportProblem.of(file, 0, null, null, "problem.notWorkbook"));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                 | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            // POI reports a zip bomb or an oversized part as an IOException or an unchecked one; its words name
            // its own classes and settings, so the user gets what the file is instead
            problems.accept(zipBomb(e) ? ImportProblem.of(file, 0, null, null, "problem.zipBomb", MAX_ENTRY_BYTES >> 20)
                    : ImportProblem.of(file, 0, null, null, "problem.badWorkbook"));
        }
    }

    /** Whether POI refused the file for inflating too far or too large a part (its only way of saying so is words). */
    private static boolean zipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("MaxEntrySize") || message.contains("max entry size")) {
                return true;
            }
        }
        return false;
    }

    /** Rows of one sheet: the first non-empty one is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String file;
        private final java.util.function.BiFunction<String, List<String>, List<ImportProblem>> headerCheck;
        private final Consumer<SourceRow> rows;
        private final Consumer<ImportProblem> problems;
        private List<String> header;
        private boolean headerRejected;
        private final Map<Integer, String> cells = new LinkedHashMap<>();

        Rows(String file, boolean decimalComma, java.util.function.BiFunction<String, List<String>, List<ImportProblem>> headerCheck,
             Consumer<SourceRow> rows, Consumer<ImportProblem> problems) {
            this.file = file;
            this.headerCheck = headerCheck;
            this.rows = rows;
            this.problems = problems;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null) {
                cells.put((int) new CellReference(reference).getCol(), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.values().stream().allMatch(String::isBlank) || headerRejected) {
                return;
            }
            if (header == null) {
                int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                var names = new ArrayList<String>();
                for (int i = 0; i < width; i++) {
                    names.add(cells.getOrDefault(i, "").strip());
                }
                header = names;
                var headerProblems = headerCheck.apply(file, header);
                headerProblems.forEach(problems);
                headerRejected = !headerProblems.isEmpty();
                return;
            }
            var values = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty()) {
                    values.put(header.get(i), cells.getOrDefault(i, ""));
                }
            }
            if (cells.keySet().stream().anyMatch(i -> i >= header.size() && !cells.get(i).isBlank())) {
                problems.accept(ImportProblem.of(file, rowNum + 1L, null, null, "problem.beyondHeader"));
                return;
            }
            rows.accept(new SourceRow(file, rowNum + 1L, values));
        }
    }

    /** Dates as ISO dates, numbers plain in the spec's decimal style; text as it is. */
    private static final class IsoDates extends DataFormatter {

        private final boolean decimalComma;

        IsoDates(boolean decimalComma) {
            super(Locale.GERMANY);
            this.decimalComma = decimalComma;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateTimeFormatter.ISO_LOCAL_DATE.format(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
            }
            String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            return decimalComma ? plain.replace('.', ',') : plain;
        }
    }
}
