package io.aftercare.api;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes simple text documents (one line per entry, A4, paged) as PDF with an embedded Chinese font, so documents
 * read the same on any machine. PDF layout needs floating point; it stays here, out of the money packages.
 */
public final class Pdf {

    public static final String MEDIA_TYPE = "application/pdf";
    /** The languages documents are written in, as a {@code lang} query parameter may ask for them. */
    public static final String LANGUAGES = "^(zh-CN|zh|en)$";
    /** Noto Sans SC (SIL Open Font License 1.1) from the ph-fonts-noto-sans-sc jar. */
    private static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final int LINES_PER_PAGE = 44;
    private static volatile byte[] fontBytes;

    private Pdf() {
    }

    /** A download of {@code pdf} the browser saves as {@code fileName}. */
    public static jakarta.ws.rs.core.Response attachment(byte[] pdf, String fileName) {
        return jakarta.ws.rs.core.Response.ok(pdf, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    public static byte[] text(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(doc, new ByteArrayInputStream(font()), true);
            for (int start = 0; start == 0 || start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(16);
                    content.newLineAtOffset(40, PDRectangle.A4.getHeight() - 50);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font family name HTML documents use for Chinese and Latin text alike. */
    public static final String FONT_FAMILY = "Noto Sans SC";

    /**
     * Lays out a well-formed XHTML document (a template's output) as PDF, with the embedded Chinese font under
     * {@link #FONT_FAMILY}: documents are written as HTML and CSS, not drawn by coordinates.
     */
    public static byte[] html(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] bytes = font();
            new com.openhtmltopdf.pdfboxout.PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY)
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("The font " + FONT + " is not on the classpath");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
