package io.aftercare.dataimport;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CSV reader follows RFC 4180 and what Excel writes. */
class CsvReaderTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws Exception {
        byte[] csv = ("\uFEFFname,notes\r\n王芳,\"说 \"\"你好\"\", 然后\r\n换行\"\r\n\"Blue, River\",\r\nlast,row").getBytes(StandardCharsets.UTF_8);
        try (CsvReader reader = CsvReader.utf8(csv)) {
            assertEquals(List.of("name", "notes"), reader.next());
            assertEquals(List.of("王芳", "说 \"你好\", 然后\r\n换行"), reader.next());
            assertEquals(2, reader.recordNumber());
            assertEquals(List.of("Blue, River", ""), reader.next());
            assertEquals(List.of("last", "row"), reader.next());
            assertEquals(4, reader.recordNumber());
            assertNull(reader.next());
        }
    }

    @Test
    void everyLineEndingEndsARecordAndATrailingOneAddsNone() throws Exception {
        try (CsvReader reader = CsvReader.utf8("a\rb\nc\r\n\r\nd\n".getBytes(StandardCharsets.UTF_8))) {
            assertEquals(List.of("a"), reader.next());
            assertEquals(List.of("b"), reader.next());
            assertEquals(List.of("c"), reader.next());
            assertEquals(List.of(""), reader.next());
            assertEquals(List.of("d"), reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void textThatIsNotUtf8IsRefusedNotGarbled() {
        byte[] gbk = "姓名,电话\n王芳,13812345678\n".getBytes(Charset.forName("GBK"));
        assertThrows(CharacterCodingException.class, () -> {
            try (CsvReader reader = CsvReader.utf8(gbk)) {
                while (reader.next() != null) {
                    // read everything
                }
            }
        });
    }
}
