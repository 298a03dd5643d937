package io.aftercare.support;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What a PDF the product wrote says and shows: its text as written, and its images' sizes. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The text of every page. Extraction names a glyph that several code points share by the lowest of them (a PDFBox
     * limitation, apache/pdfbox#470): 门 comes back as the radical ⻔. Reading such a character back through the
     * embedded font's own mapping to the ideograph that shares its glyph gives the text that was written.
     */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); InputStream in = PdfText.class.getClassLoader()
                .getResourceAsStream("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            String extracted = new PDFTextStripper().getText(document);
            var cmap = new TTFParser().parse(new RandomAccessReadBuffer(in)).getUnicodeCmapLookup();
            StringBuilder text = new StringBuilder();
            extracted.codePoints().forEach(c -> {
                List<Integer> codes = cmap.getGlyphId(c) == 0 ? null : cmap.getCharCodes(cmap.getGlyphId(c));
                text.appendCodePoint(codes == null ? c : codes.stream().filter(code -> Character.UnicodeScript.of(code) == Character.UnicodeScript.HAN
                        && Character.UnicodeBlock.of(code) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS).findFirst().orElse(c));
            });
            return text.toString();
        }
    }

    /** The width × height of each image drawn on the pages (also inside forms), e.g. "1x1". */
    public static List<String> imageSizes(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), sizes);
            }
        }
        return sizes;
    }

    private static void collect(PDResources resources, List<String> sizes) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                sizes.add(image.getWidth() + "x" + image.getHeight());
            } else if (object instanceof PDFormXObject form) {
                collect(form.getResources(), sizes);
            }
        }
    }
}
