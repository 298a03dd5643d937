package io.aftercare.report;

import io.aftercare.api.Pdf;
import io.aftercare.api.Xlsx;
import io.aftercare.kpi.Kpi;
import io.aftercare.kpi.KpiDtos;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A kept report as documents: the same tables laid out by an HTML template as PDF (with the embedded Chinese font) and
 * written as an XLSX workbook with a sheet per table, in the tenant's language.
 */
@ApplicationScoped
public class ReportDocuments {

    private final Template periodic;

    public ReportDocuments(@Location("reports/periodic.html") Template periodic) {
        this.periodic = periodic;
    }

    /** One table of a document: a heading (also the sheet's name), its columns and rows. */
    @TemplateData
    public record Table(String heading, List<String> header, List<List<Object>> rows, String note) {
    }

    /** What the template lays out. */
    @TemplateData
    public record Document(String lang, String title, String subtitle, List<Table> tables, String footer) {
    }

    public byte[] pdf(ReportDtos.ReportView report, Locale locale) {
        Document document = document(report, locale);
        List<Table> printable = document.tables().stream().map(t -> new Table(t.heading(), t.header(),
                t.rows().stream().map(row -> row.stream().map(ReportDocuments::text).toList()).toList(), t.note())).toList();
        return Pdf.html(periodic.data("doc", new Document(document.lang(), document.title(), document.subtitle(), printable,
                document.footer())).render());
    }

    public byte[] xlsx(ReportDtos.ReportView report, Locale locale) {
        Document document = document(report, locale);
        List<Xlsx.Sheet> sheets = new ArrayList<>();
        for (Table table : document.tables()) {
            List<String> titles = table.note() == null ? List.of(document.title(), document.subtitle())
                    : List.of(document.title(), document.subtitle(), table.note());
            sheets.add(new Xlsx.Sheet(sheetName(table.heading()), titles, table.header(), table.rows(), false));
        }
        return Xlsx.workbook(sheets);
    }

    /** The file name of a download, e.g. weekly-report-2026-11-23.pdf. */
    public static String fileName(ReportDtos.ReportView report, String extension) {
        return (report.kind() == ReportDtos.ReportKind.WEEKLY ? "weekly-report-" : "monthly-analysis-") + report.periodStart() + "." + extension;
    }

    /** Excel limits a sheet's name to 31 characters without []:*?/\. */
    private static String sheetName(String heading) {
        String name = heading.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static Object text(Object cell) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    Document document(ReportDtos.ReportView report, Locale locale) {
        ReportWords w = ReportWords.of(locale);
        ReportDtos.ReportContent c = report.content();
        String title = c.tenantName() + " · " + w.word(report.kind().name());
        String subtitle = w.word("period") + " " + report.periodStart() + " – " + report.periodEnd() + "（" + c.timeZone() + "）";
        List<Table> tables = new ArrayList<>();

        List<List<Object>> figures = new ArrayList<>();
        for (KpiDtos.KpiFigure f : c.figures()) {
            figures.add(List.of(w.word(f.kpi().name()), value(f.value(), f.unit(), c.currency(), w), value(f.previous(), f.unit(), c.currency(), w)));
        }
        tables.add(new Table(w.word("indicators"), List.of(w.word("indicator"), w.word("thisPeriod"), w.word("previousPeriod")), figures,
                null));

        KpiDtos.KpiFigure requests = figure(c, Kpi.REQUESTS);
        tables.add(parts(w, "requestsByChannel", requests, "channel", w::word));
        tables.add(parts(w, "requestsByCategory", requests, "category", w::word));
        List<List<Object>> outcomes = new ArrayList<>();
        c.requestOutcomes().forEach(o -> outcomes.add(List.of(w.word(o.key()), o.count())));
        outcomes.add(List.of(w.word("unansweredCalls"), c.unansweredCalls()));
        tables.add(new Table(w.word("outcomes"), List.of(w.word("outcome"), w.word("count")), outcomes, null));
        tables.add(parts(w, "promises", figure(c, Kpi.PROMISE_COMPLIANCE), "promiseKind", w::word));

        List<List<Object>> warnings = new ArrayList<>();
        for (ReportDtos.WarningLine line : c.warnings()) {
            warnings.add(List.of(line.number(), line.productName(), line.faultCategoryName() == null ? line.faultCategory() : line.faultCategoryName(),
                    w.word("rule" + line.rule().name()), line.periodStart() + " – " + line.periodEnd(), line.occurrences(),
                    line.routedTo() == null ? w.word("unclassified") : w.word(line.routedTo().name()), w.word(line.status().name())));
        }
        tables.add(new Table(w.word("warnings"), List.of(w.word("number"), w.word("product"), w.word("faultCategory"), w.word("rule"),
                w.word("period"), w.word("occurrences"), w.word("routedTo"), w.word("status")), warnings,
                warnings.isEmpty() ? w.word("none") : null));

        ReportDtos.SpotChecks spot = c.spotChecks();
        tables.add(new Table(w.word("spotChecks"), List.of(w.word("visits"), w.word("averageScore"), w.word("poorAnswers")),
                List.of(java.util.Arrays.asList(spot.visits(), spot.averageScore(), spot.poorAnswers())), null));

        List<List<Object>> installers = new ArrayList<>();
        for (ReportDtos.InstallerLine line : c.installers()) {
            installers.add(java.util.Arrays.asList(line.name(), line.ordersDone(), line.firstTimeFixed(), line.checkIns(), line.late(),
                    line.satisfaction(), line.verifiedComplaints()));
        }
        tables.add(new Table(w.word("installers"), List.of(w.word("installer"), w.word("ordersDone"), w.word("firstTimeFixed"),
                w.word("checkIns"), w.word("late"), w.word("satisfaction"), w.word("verifiedComplaints")), installers, null));

        List<List<Object>> points = new ArrayList<>();
        for (ReportDtos.ServicePointLine line : c.servicePoints()) {
            points.add(List.of(line.name().isEmpty() ? w.word("noServicePoint") : line.name(), line.ordersDone(), line.late()));
        }
        tables.add(new Table(w.word("servicePoints"), List.of(w.word("servicePoint"), w.word("ordersDone"), w.word("late")), points, null));

        String footer = w.word("generated") + " " + report.generatedAt() + " · " + report.generatedBy();
        return new Document(locale.toLanguageTag(), title, subtitle, tables, footer);
    }

    private static KpiDtos.KpiFigure figure(ReportDtos.ReportContent c, Kpi kpi) {
        return c.figures().stream().filter(f -> f.kpi() == kpi).findFirst()
                .orElse(new KpiDtos.KpiFigure(kpi, kpi.unit(), null, null, null, null, List.of()));
    }

    private static Table parts(ReportWords w, String heading, KpiDtos.KpiFigure figure, String dimension, Function<String, String> name) {
        List<List<Object>> rows = new ArrayList<>();
        for (KpiDtos.KpiPart part : figure.breakdown()) {
            if (dimension.equals(part.dimension())) {
                rows.add(java.util.Arrays.asList(name.apply(part.key()), part.value(), part.previous()));
            }
        }
        return new Table(w.word(heading), List.of(w.word(dimension), w.word("thisPeriod"), w.word("previousPeriod")), rows,
                rows.isEmpty() ? w.word("none") : null);
    }

    private static Object value(Double value, Kpi.Unit unit, String currency, ReportWords w) {
        if (value == null) {
            return "—";
        }
        String number = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return switch (unit) {
            case PERCENT -> number + " %";
            case HOURS -> number + " " + w.word("hours");
            case MONEY -> currency + " " + BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case PER_HUNDRED -> number + " / 100";
            case SCORE -> number + " / 5";
            case COUNT -> number;
        };
    }

    /** The words of a document in the tenant's language; an unknown key reads as itself. */
    record ReportWords(Map<String, String> words) {
        static ReportWords of(Locale locale) {
            return new ReportWords("en".equals(locale.getLanguage()) ? ReportWordsEn.WORDS : ReportWordsZh.WORDS);
        }

        String word(String key) {
            return words.getOrDefault(key, key);
        }
    }
}
