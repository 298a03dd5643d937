package io.aftercare.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always {@code attachment}, with an ASCII
 * {@code filename} any client understands and {@code filename*=UTF-8''...} (RFC 8187) carrying the real name,
 * e.g. a Chinese one. The name a resource gave (possibly with quotes, path separators or control characters, as an
 * uploaded file's name may have) is cleaned here; without one the name comes from the path and the media type.
 */
public final class DownloadNames {

    private static final int MAX_NAME = 150;
    private static final String ATTR_CHAR_EXTRA = "!#$&+-.^_`|~";

    private DownloadNames() {
    }

    /** The header to send, from the one a resource set (or null), the request path and the answer's media type. */
    public static String attachment(String given, String path, String contentType) {
        String name = clean(nameIn(given));
        if (name.isEmpty()) {
            name = clean(lastSegment(path));
            String extension = extensionOf(contentType);
            if (name.isEmpty()) {
                name = "download";
            }
            if (extension != null && !name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
                name = name + "." + extension;
            }
        }
        String ascii = asciiFallback(name);
        if (ascii.equals(name)) {
            return "attachment; filename=\"" + ascii + "\"";
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The file name in a Content-Disposition value: filename* wins over filename, as RFC 6266 says. */
    static String nameIn(String header) {
        if (header == null) {
            return "";
        }
        String lower = header.toLowerCase(Locale.ROOT);
        int extended = lower.indexOf("filename*=");
        if (extended >= 0) {
            String value = header.substring(extended + "filename*=".length());
            int end = value.indexOf(';');
            value = (end < 0 ? value : value.substring(0, end)).trim();
            int quote = value.indexOf("''");
            if (value.toLowerCase(Locale.ROOT).startsWith("utf-8''") && quote > 0) {
                try {
                    return URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEncoding) {
                    // fall back to the plain filename
                }
            }
        }
        int plain = lower.indexOf("filename=");
        if (plain < 0) {
            return "";
        }
        String value = header.substring(plain + "filename=".length()).trim();
        if (value.startsWith("\"")) {
            // Up to the last quote: a name with a quote inside (set without escaping) stays whole.
            int last = value.lastIndexOf('"');
            return last > 0 ? value.substring(1, last) : value.substring(1);
        }
        int end = value.indexOf(';');
        return end < 0 ? value : value.substring(0, end);
    }

    /** Drops any directory part, control characters and characters that break a header; trims the length. */
    static String clean(String name) {
        if (name == null) {
            return "";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = slash >= 0 ? name.substring(slash + 1) : name;
        StringBuilder out = new StringBuilder();
        base.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || c == '\\' || c == ';' || Character.getType(c) == Character.FORMAT) {
                out.append('_');
            } else {
                out.appendCodePoint(c);
            }
        });
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_NAME - extension.length())) + extension;
        }
        return cleaned;
    }

    /** Printable ASCII except '%' (some clients decode it); anything else becomes '_'. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '%' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR_EXTRA.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String lastSegment(String path) {
        if (path == null) {
            return "";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String extensionOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return switch (type) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/webp" -> "webp";
            case "application/pdf" -> "pdf";
            case "video/mp4" -> "mp4";
            case "text/csv" -> "csv";
            case Xlsx.MEDIA_TYPE -> "xlsx";
            default -> null;
        };
    }
}
