package io.aftercare.api;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one-sheet XLSX exports for finance and managers: a bold header row, then the rows. Amounts are written as
 * numbers with two decimals (so the spreadsheet can sum them), dates as dates, everything else as text.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** A sheet: title rows (e.g. the tenant and period) above the header, then the rows; {@code boldLastRow} for totals. */
    public record Sheet(String name, List<String> titleLines, List<String> header, List<List<Object>> rows, boolean boldLastRow) {
    }

    /** A one-sheet workbook. */
    public static byte[] sheet(String sheetName, List<String> titleLines, List<String> header, List<List<Object>> rows, boolean boldLastRow) {
        return workbook(List.of(new Sheet(sheetName, titleLines, header, rows, boldLastRow)));
    }

    /** A workbook of these sheets, in order. */
    public static byte[] workbook(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Aftercare", "1.0");
            for (Sheet s : sheets) {
                write(workbook.newWorksheet(s.name()), s);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, Sheet s) {
        int r = 0;
        for (String title : s.titleLines()) {
            sheet.value(r, 0, title);
            sheet.style(r, 0).bold().set();
            r++;
        }
        for (int c = 0; c < s.header().size(); c++) {
            sheet.value(r, c, s.header().get(c));
            sheet.style(r, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, Math.max(10, Math.min(40, s.header().get(c).length() * 2 + 4)));
        }
        r++;
        for (int i = 0; i < s.rows().size(); i++, r++) {
            List<Object> row = s.rows().get(i);
            boolean bold = s.boldLastRow() && i == s.rows().size() - 1;
            for (int c = 0; c < row.size(); c++) {
                write(sheet, r, c, row.get(c), bold);
            }
        }
    }

    private static void write(Worksheet sheet, int r, int c, Object value, boolean bold) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal amount) {
            sheet.value(r, c, amount);
            var style = sheet.style(r, c).format("#,##0.00");
            (bold ? style.bold() : style).set();
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
            return;
        } else {
            sheet.value(r, c, value.toString());
        }
        if (bold) {
            sheet.style(r, c).bold().set();
        }
    }
}
