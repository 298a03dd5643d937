package io.aftercare.campaign;

import io.aftercare.problem.FieldError;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A campaign message's placeholders and the built-in texts a manager starts from. */
final class Messages {

    static final List<String> PLACEHOLDERS = List.of("{name}", "{link}", "{from}", "{until}", "{company}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private Messages() {
    }

    static String zh(CampaignDtos.Kind kind) {
        return kind == CampaignDtos.Kind.RECENT_INSTALLATIONS
                ? "{name}您好，感谢选择{company}！新装产品用得还顺手吗？{from}至{until}可预约一次免费上门检查：{link} 如不想再收到此类消息，可在该页面退订。"
                : "{name}您好，{company}将于{from}至{until}为您的产品提供免费上门保养，点此预约：{link} 如不想再收到此类消息，可在该页面退订。";
    }

    static String en(CampaignDtos.Kind kind) {
        return kind == CampaignDtos.Kind.RECENT_INSTALLATIONS
                ? "Hello {name}, thank you for choosing {company}! How is your new product? Book a free check-up visit between {from} "
                + "and {until}: {link} (you can opt out of these messages on that page)"
                : "Hello {name}, {company} offers a free maintenance visit for your product between {from} and {until}. Book it here: "
                + "{link} (you can opt out of these messages on that page)";
    }

    /** A message must carry the personal link and may use only the known placeholders. */
    static void check(String message, String field, List<FieldError> errors) {
        if (message.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
            return;
        }
        if (!message.contains("{link}")) {
            errors.add(new FieldError(field, "must contain {link}, the customer's personal booking link"));
        }
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                errors.add(new FieldError(field, "has the unknown placeholder " + m.group() + "; use " + String.join(", ", PLACEHOLDERS)));
                return;
            }
        }
    }
}
