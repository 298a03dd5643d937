package io.aftercare.calendar;

import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a country's schedule from iCalendar (RFC 5545) text: each VEVENT is a whole day or a range of whole days
 * ({@code DTSTART;VALUE=DATE}, optional {@code DTEND;VALUE=DATE}, exclusive), named by its SUMMARY. An event whose
 * CATEGORIES include {@code WORKDAY} is a make-up working day (调休); every other event is a public holiday.
 * Other components (VTIMEZONE, VALARM) are skipped. Problems name the line.
 */
final class IcsSchedule {

    static final String WORKDAY_CATEGORY = "WORKDAY";
    /** A holiday period of more than a month is a mistake in the file, not a holiday. */
    private static final int MAX_EVENT_DAYS = 31;
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private IcsSchedule() {
    }

    private record Line(int number, String name, String params, String value) {
    }

    /** The days of every event, in file order. */
    static List<ScheduleEntry> parse(String text) {
        List<Line> lines = contentLines(text);
        List<ScheduleEntry> entries = new ArrayList<>();
        if (lines.isEmpty() || !isBoundary(lines.get(0), "BEGIN", "VCALENDAR")) {
            throw invalid(lines.isEmpty() ? 1 : lines.get(0).number(), "BEGIN", "the file must start with BEGIN:VCALENDAR");
        }
        int depth = 0;
        Event event = null;
        boolean ended = false;
        for (Line line : lines) {
            if (ended) {
                throw invalid(line.number(), line.name(), "content after END:VCALENDAR");
            }
            if (line.name().equals("BEGIN")) {
                depth++;
                if (depth == 2 && line.value().equalsIgnoreCase("VEVENT")) {
                    event = new Event(line.number());
                }
                continue;
            }
            if (line.name().equals("END")) {
                if (depth == 2 && event != null) {
                    if (!line.value().equalsIgnoreCase("VEVENT")) {
                        throw invalid(line.number(), "END", "expected END:VEVENT for the event of line " + event.begin);
                    }
                    entries.addAll(event.days());
                    event = null;
                }
                depth--;
                if (depth == 0) {
                    ended = true;
                }
                if (depth < 0) {
                    throw invalid(line.number(), "END", "END without a matching BEGIN");
                }
                continue;
            }
            if (depth == 2 && event != null) {
                event.accept(line);
            }
        }
        if (!ended) {
            throw invalid(lines.get(lines.size() - 1).number(), "END", "the file must end with END:VCALENDAR");
        }
        return entries;
    }

    private static final class Event {
        final int begin;
        Line start;
        Line end;
        Line summary;
        boolean workingDay;

        Event(int begin) {
            this.begin = begin;
        }

        void accept(Line line) {
            switch (line.name()) {
                case "DTSTART" -> start = once(start, line);
                case "DTEND" -> end = once(end, line);
                case "SUMMARY" -> summary = once(summary, line);
                case "CATEGORIES" -> {
                    for (String category : line.value().split(",")) {
                        workingDay |= unescape(category).strip().equalsIgnoreCase(WORKDAY_CATEGORY);
                    }
                }
                case "RRULE", "RDATE" -> throw invalid(line.number(), line.name(), "repeating events are not supported; list each year's dates");
                case "DURATION" -> throw invalid(line.number(), line.name(), "not supported; give DTEND;VALUE=DATE (exclusive)");
                default -> {
                    // UID, DTSTAMP, DESCRIPTION and the like carry nothing a schedule needs.
                }
            }
        }

        List<ScheduleEntry> days() {
            if (start == null) {
                throw invalid(begin, "DTSTART", "the event has no DTSTART");
            }
            if (summary == null) {
                throw invalid(begin, "SUMMARY", "the event has no SUMMARY (the day's name)");
            }
            LocalDate first = date(start);
            LocalDate last = first;
            if (end != null) {
                LocalDate exclusiveEnd = date(end);
                if (!exclusiveEnd.isAfter(first)) {
                    throw invalid(end.number(), "DTEND", "must be after DTSTART (DTEND is exclusive)");
                }
                if (ChronoUnit.DAYS.between(first, exclusiveEnd) > MAX_EVENT_DAYS) {
                    throw invalid(end.number(), "DTEND", "an event may span at most " + MAX_EVENT_DAYS + " days");
                }
                last = exclusiveEnd.minusDays(1);
            }
            String name = unescape(summary.value()).strip();
            List<ScheduleEntry> days = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                days.add(new ScheduleEntry(d, name, workingDay, field(start.number(), "DTSTART"), field(summary.number(), "SUMMARY")));
            }
            return days;
        }
    }

    private static Line once(Line earlier, Line line) {
        if (earlier != null) {
            throw invalid(line.number(), line.name(), "given twice in one event (first on line " + earlier.number() + ")");
        }
        return line;
    }

    private static LocalDate date(Line line) {
        String value = line.value().strip();
        boolean dateParam = line.params().toUpperCase(Locale.ROOT).contains("VALUE=DATE") && !line.params().toUpperCase(Locale.ROOT).contains("VALUE=DATE-TIME");
        if (value.contains("T") || !dateParam && !value.matches("\\d{8}")) {
            throw invalid(line.number(), line.name(), "must be a whole day, like " + line.name() + ";VALUE=DATE:20270101");
        }
        try {
            return LocalDate.parse(value, BASIC_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(line.number(), line.name(), "\"" + value + "\" is not a date YYYYMMDD");
        }
    }

    /** Unfolds continuation lines (RFC 5545 §3.1) and splits each into name, parameters and value. */
    private static List<Line> contentLines(String text) {
        String[] raw = text.split("\r\n|\n|\r", -1);
        List<Line> lines = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        for (int i = 0; i < raw.length; i++) {
            String r = raw[i];
            if (!r.isEmpty() && (r.charAt(0) == ' ' || r.charAt(0) == '\t') && current != null) {
                current.append(r, 1, r.length());
                continue;
            }
            if (current != null) {
                lines.add(split(currentNumber, current.toString()));
            }
            current = r.isBlank() ? null : new StringBuilder(r.startsWith("\uFEFF") ? r.substring(1) : r);
            currentNumber = i + 1;
        }
        if (current != null) {
            lines.add(split(currentNumber, current.toString()));
        }
        return lines;
    }

    private static Line split(int number, String line) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < line.length() && colon < 0; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
            }
        }
        if (colon <= 0) {
            throw invalid(number, "line", "not an iCalendar content line (NAME:value)");
        }
        String head = line.substring(0, colon);
        int semicolon = head.indexOf(';');
        String name = (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
        if (!name.matches("[A-Z0-9-]+")) {
            throw invalid(number, "line", "\"" + abbreviate(name) + "\" is not a property name");
        }
        String params = semicolon < 0 ? "" : head.substring(semicolon + 1);
        return new Line(number, name, params, line.substring(colon + 1));
    }

    private static boolean isBoundary(Line line, String name, String value) {
        return line.name().equals(name) && line.value().strip().equalsIgnoreCase(value);
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static String field(int line, String property) {
        return "line " + line + ": " + property;
    }

    private static ProblemException invalid(int line, String property, String message) {
        String field = field(line, property);
        return ProblemException.badRequest("The iCalendar file is invalid at " + field + ": " + message + ".",
                List.of(new FieldError(field, message)));
    }
}
