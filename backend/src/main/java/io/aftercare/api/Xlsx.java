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
    public static byte[] sheet(String sheetName, List<String> titleLines, List<String> header, List<List<Object>> rows, boolean boldLastRow) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Aftercare", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int r = 0;
            for (String title : titleLines) {
                sheet.value(r, 0, title);
                sheet.style(r, 0).bold().set();
                r++;
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.value(r, c, header.get(c));
                sheet.style(r, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, Math.max(10, Math.min(40, header.get(c).length() * 2 + 4)));
            }
            r++;
            for (int i = 0; i < rows.size(); i++, r++) {
                List<Object> row = rows.get(i);
                boolean bold = boldLastRow && i == rows.size() - 1;
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r, c, row.get(c), bold);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
