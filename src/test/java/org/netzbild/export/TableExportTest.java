package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and XLSX tables of a chart: every record with its properties and provenance, no cell a formula. */
class TableExportTest {

    @TempDir
    Path folder;

    private final Disclosure disclosure = new SmallChart().to(SmallChart.ESSEN);

    @Test
    void csvHasAnEntitiesAndALinksTableAndNotesWithTheFormulaNeutralised() throws IOException {
        var files = CsvExport.write(disclosure, SmallChart.notes(), folder.resolve("fall.csv"));

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("fall.csv", "fall-Verbindungen.csv", "fall-Hinweise.txt");
        assertThat(Files.readAllBytes(files.get(0))).startsWith(0xEF, 0xBB, 0xBF);
        List<CsvRecord> entities = read(files.get(0));
        List<String> head = entities.getFirst().getFields();
        assertThat(head).startsWith("id", "type", "caption", "x", "y").contains("trade", "prov.sourceAgency", "prov.handling");
        assertThat(entities).hasSize(1 + 3);
        var bar = entities.stream().filter(r -> r.getField(0).equals("b-bar")).findFirst().orElseThrow();
        assertThat(bar.getField(head.indexOf("name"))).isEqualTo("'=HYPERLINK(\"http://x\";\"Shisha\")");
        assertThat(bar.getField(head.indexOf("prov.sourceAgency"))).isEqualTo("gwa-essen");
        assertThat(bar.getField(head.indexOf("x"))).isEqualTo("120.5");
        var anna = entities.get(1);
        assertThat(anna.getField(head.indexOf("names"))).isEqualTo("Anna Berg|Anna Berk");
        List<CsvRecord> links = read(files.get(1));
        assertThat(links).hasSize(1 + 2);
        assertThat(links.get(1).getField(links.getFirst().getFields().indexOf("prov.validFrom"))).isEqualTo("2020-01-01");
        assertThat(Files.readString(files.get(2))).contains("Fall Berg").contains("beitragende Behörde");
    }

    @Test
    void xlsxHasThreeSheetsOfTextCellsWithTheFormulaNeutralised() throws IOException {
        Path file = folder.resolve("fall.xlsx");
        XlsxExport.write(disclosure, SmallChart.notes(), file);

        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Entitäten");
            var entities = workbook.getSheetAt(0);
            assertThat(entities.getLastRowNum()).isEqualTo(3);
            var formulas = 0;
            for (var row : entities) {
                for (var cell : row) {
                    formulas += cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? 1 : 0;
                }
            }
            assertThat(formulas).isZero();
            assertThat(entities.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\";\"Shisha\")");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).contains("Fall Berg");
        }
    }

    private static List<CsvRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (var reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text)) {
            return reader.stream().toList();
        }
    }
}
