package io.aftercare.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

public final class TemplateDtos {

    private TemplateDtos() {
    }

    @Schema(name = "TemplateLanguage", description = "zh-CN: Chinese; en: English.")
    public enum Language {
        @JsonProperty("zh-CN") ZH_CN("zh-CN"),
        @JsonProperty("en") EN("en");

        public final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        static Language of(String tag) {
            for (Language l : values()) {
                if (l.tag.equals(tag)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(tag);
        }
    }

    @Schema(name = "NotificationTemplateText", description = "One language of a message: what is sent now, and the built-in text.",
            requiredProperties = {"language", "subject", "body", "defaultSubject", "defaultBody", "custom"})
    public record TextView(
            Language language,
            @Schema(description = "The e-mail subject (SMS have none).") @Size(max = 200) String subject,
            @Schema(description = "{0}, {1}, ... stand for the arguments in order.") @Size(max = 1000) String body,
            @Size(max = 200) String defaultSubject,
            @Size(max = 1000) String defaultBody,
            @Schema(description = "The tenant changed it.") boolean custom,
            OffsetDateTime updatedAt,
            @Size(max = 255) String updatedBy) {
    }

    @Schema(name = "NotificationTemplate", requiredProperties = {"template", "arguments", "texts"})
    public record TemplateView(
            @Schema(description = "The message kind.", examples = "APPOINTMENT_SET") @Size(max = 60) String template,
            @Schema(description = "What {0}, {1}, ... stand for, by name.", examples = "[\"orderNumber\", \"window\"]")
            @Size(max = 10) List<@Size(max = 40) String> arguments,
            @Size(max = 2) List<TextView> texts) {
    }

    @Schema(name = "NotificationTemplateList", requiredProperties = "items")
    public record TemplateList(@Size(max = 100) List<TemplateView> items) {
    }

    @Schema(name = "NotificationTemplateRequest", description = "Everything but {0}, {1}, ... is sent as written.")
    public record TextRequest(
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 1000) String body) {
    }

    @Schema(name = "NotificationTemplatePreviewRequest")
    public record PreviewRequest(@NotNull Language language, @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 1000) String body) {
    }

    @Schema(name = "NotificationTemplatePreview", description = "The text with sample values.", requiredProperties = {"subject", "body",
            "smsParts"})
    public record Preview(
            @Size(max = 200) String subject,
            @Size(max = 4000) String body,
            @Schema(description = "SMS a phone receives for it (70 characters each with Chinese, 160 otherwise; longer ones in parts of 67 / 153).",
                    minimum = "1", maximum = "100") int smsParts) {
    }
}
