package org.netzbild.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of three sheets: entities, links and notes (title, head, footnotes). Every
 * cell is a text cell, neutralised ({@link Cells}) all the same, because a user may save the sheet
 * as CSV and open that again. Written streaming (POI's SXSSF), so a large chart needs little memory.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(Disclosure disclosure, ExportNotes notes, Path file) throws IOException {
        var tables = new Tables(disclosure, notes);
        try (var workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(workbook.createSheet(notes.tableNames().get(0)), tables.entities, bold);
            sheet(workbook.createSheet(notes.tableNames().get(1)), tables.links, bold);
            sheet(workbook.createSheet(notes.tableNames().get(2)), tables.notes, null);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void sheet(Sheet sheet, List<List<String>> rows, org.apache.poi.ss.usermodel.CellStyle head) {
        int r = 0;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellValue(Cells.neutralise(values.get(c)));
                if (r == 0 && head != null) {
                    cell.setCellStyle(head);
                }
            }
            r++;
        }
        if (head != null) {
            sheet.createFreezePane(0, 1);
        }
    }
}
