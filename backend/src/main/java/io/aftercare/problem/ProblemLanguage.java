package io.aftercare.problem;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import java.util.Locale;
import java.util.Map;

/**
 * The language a problem's title is written in: Chinese when the caller's {@code Accept-Language} prefers it, else
 * English. Titles name the kind of problem, so a page can show them as they are; the detail stays the server's
 * English explanation (the SPA shows its own text for every type and keeps the detail in a disclosure).
 */
final class ProblemLanguage {

    static final String ZH = "zh-CN";
    static final String EN = "en";

    private static final Map<String, String> ZH_TITLES = Map.ofEntries(
            Map.entry("validation", "请求无效"),
            Map.entry("malformed-body", "请求内容格式错误"),
            Map.entry("not-found", "未找到"),
            Map.entry("conflict", "冲突"),
            Map.entry("duplicate", "记录已存在"),
            Map.entry("stale-version", "数据已被他人修改"),
            Map.entry("forbidden", "无权操作"),
            Map.entry("unauthorized", "需要登录"),
            Map.entry("internal", "服务器内部错误"),
            Map.entry("database-unavailable", "服务暂时不可用"),
            Map.entry("dependency-unavailable", "服务暂时不可用"),
            Map.entry("too-many-requests", "请求过于频繁"),
            Map.entry("request-entity-too-large", "请求内容过大"),
            Map.entry("payload-too-large", "请求内容过大"),
            Map.entry("unsupported-media-type", "不支持的内容类型"),
            Map.entry("not-acceptable", "无法提供所需格式"),
            Map.entry("method-not-allowed", "不支持该操作"),
            Map.entry("idempotency-key-reused", "幂等键已被使用"),
            Map.entry("illegal-transition", "当前状态不允许此操作"),
            Map.entry("in-use", "仍在使用中"),
            Map.entry("attachment-too-large", "附件过大"),
            Map.entry("unsupported-file-type", "不支持的文件类型"));

    private ProblemLanguage() {
    }

    /** The caller's preferred language of the two this API speaks, from the current request's Accept-Language. */
    static String current() {
        try {
            var request = Arc.container().instance(CurrentVertxRequest.class).get();
            String header = request == null || request.getCurrent() == null ? null
                    : request.getCurrent().request().getHeader("Accept-Language");
            return prefersChinese(header) ? ZH : EN;
        } catch (RuntimeException outsideRequest) {
            return EN;
        }
    }

    /** Whether Chinese comes before English in the header (weights honoured; no header means English). */
    static boolean prefersChinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        double zh = -1;
        double en = -1;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.trim().split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException ignored) {
                        q = 0;
                    }
                }
            }
            if (tag.equals("zh") || tag.startsWith("zh-")) {
                zh = Math.max(zh, q);
            } else if (tag.equals("en") || tag.startsWith("en-")) {
                en = Math.max(en, q);
            }
        }
        return zh > 0 && zh > en;
    }

    /** The title in the language, for a problem type URI like https://aftercare.dev/problems/not-found. */
    static String title(String type, String english, String language) {
        if (!ZH.equals(language) || type == null) {
            return english;
        }
        String slug = type.substring(type.lastIndexOf('/') + 1);
        return ZH_TITLES.getOrDefault(slug, english);
    }
}
