package io.aftercare.dataimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, so a file of any length needs memory for one record only: quoted cells
 * may hold commas, doubled quotes and line breaks; lines end in CRLF, LF or CR; a leading UTF-8 byte-order mark
 * (what Excel writes for "CSV UTF-8") is skipped. Invalid UTF-8 fails with a
 * {@link java.nio.charset.CharacterCodingException} instead of turning into replacement characters.
 */
final class CsvReader implements AutoCloseable {

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int length;
    private int records;
    private boolean started;

    CsvReader(Reader in) {
        this.in = in;
    }

    static CsvReader utf8(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvReader(new InputStreamReader(new ByteArrayInputStream(bytes), strict));
    }

    /** The number of the record {@link #next()} answered last, counting from 1 (a spreadsheet's row number). */
    int recordNumber() {
        return records;
    }

    /** The next record's cells, or null after the last one. */
    List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    break;
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == -1 || c == '\n') {
                break;
            } else if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
                break;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                c = read();
                continue;
            } else if (c == '"' && cellStart) {
                quoted = true;
            } else {
                cell.append((char) c);
            }
            cellStart = false;
            c = read();
        }
        cells.add(cell.toString());
        records++;
        return cells;
    }

    private int read() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c != -1) {
            position--;
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
