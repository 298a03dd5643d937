package io.aftercare.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Content-Disposition of downloads: always an attachment, with a name no client can misread (RFC 6266). */
class DownloadNamesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void asciiNameIsKeptAsItIs() {
        assertEquals("attachment; filename=\"payroll-2026-11.xlsx\"",
                DownloadNames.attachment("attachment; filename=\"payroll-2026-11.xlsx\"", "/api/v1/payroll/2026-11/export.xlsx", XLSX));
    }

    @Test
    void chineseNameGoesIntoFilenameStarWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"___-2026-11.pdf\"; filename*=UTF-8''%E5%AF%B9%E8%B4%A6%E5%8D%95-2026-11.pdf",
                DownloadNames.attachment("attachment; filename=\"对账单-2026-11.pdf\"", "/x", "application/pdf"));
    }

    @Test
    void inlineBecomesAttachment() {
        assertEquals("attachment; filename=\"meter.png\"", DownloadNames.attachment("inline; filename=\"meter.png\"", "/x", "image/png"));
    }

    @Test
    void quotesPathsAndControlCharactersCannotBreakTheHeader() {
        String header = DownloadNames.attachment("inline; filename=\"../../etc/pa\"ss\u0007wd;.pdf\"", "/x", "application/pdf");
        assertEquals("attachment; filename=\"pa_ss_wd_.pdf\"", header);
        String percent = DownloadNames.attachment("attachment; filename=\"100% 完成.pdf\"", "/x", "application/pdf");
        assertEquals("attachment; filename=\"100_ __.pdf\"; filename*=UTF-8''100%25%20%E5%AE%8C%E6%88%90.pdf", percent);
    }

    @Test
    void withoutANameTheLastPathSegmentAndTheMediaTypeNameTheFile() {
        assertEquals("attachment; filename=\"signature.png\"",
                DownloadNames.attachment(null, "/api/v1/work-orders/8c1f/signature", "image/png"));
        assertEquals("attachment; filename=\"download\"", DownloadNames.attachment("inline", "/", "application/octet-stream"));
    }

    @Test
    void filenameStarWinsOverFilename() {
        assertEquals("attachment; filename=\"__.csv\"; filename*=UTF-8''%E5%AE%A2%E6%88%B7.csv",
                DownloadNames.attachment("attachment; filename=\"x.csv\"; filename*=UTF-8''%E5%AE%A2%E6%88%B7.csv", "/x", "text/csv"));
    }

    @Test
    void veryLongNamesAreCutKeepingTheExtension() {
        String header = DownloadNames.attachment("attachment; filename=\"" + "长".repeat(400) + ".pdf\"", "/x", "application/pdf");
        assertFalse(header.length() > 2000, header);
        assertEquals(".pdf\"", header.substring(header.indexOf("filename=\"") + "filename=\"".length() + 146,
                header.indexOf("filename=\"") + "filename=\"".length() + 151));
    }

    @Test
    void jsonAndTextAreNotDownloadsButSpreadsheetsAndImagesAre() {
        assertFalse(SecurityHeaders.isDownload("application/json", 200));
        assertFalse(SecurityHeaders.isDownload("application/problem+json", 404));
        assertFalse(SecurityHeaders.isDownload(null, 204));
        org.junit.jupiter.api.Assertions.assertTrue(SecurityHeaders.isDownload(XLSX, 200));
        org.junit.jupiter.api.Assertions.assertTrue(SecurityHeaders.isDownload("image/png", 200));
        org.junit.jupiter.api.Assertions.assertTrue(SecurityHeaders.isDownload("text/csv; charset=UTF-8", 200));
    }
}
