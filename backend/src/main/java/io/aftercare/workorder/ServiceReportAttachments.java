package io.aftercare.workorder;

import io.aftercare.api.Pdf;
import io.aftercare.notification.AttachmentSource;
import io.aftercare.notification.NotificationSender;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The signed service report, rendered as a PDF when the e-mail that announces it is sent. */
@ApplicationScoped
public class ServiceReportAttachments implements AttachmentSource {

    static final String KIND = "service-report";

    private final ServiceReportPdf reports;

    public ServiceReportAttachments(ServiceReportPdf reports) {
        this.reports = reports;
    }

    /** The reference an outbox row names for an order's report. */
    static String of(UUID orderId) {
        return KIND + ":" + orderId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<NotificationSender.Attachment> make(String id, String language) {
        UUID orderId;
        try {
            orderId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return reports.forDelivery(orderId, reports.localeOr(language))
                .map(r -> new NotificationSender.Attachment(r.fileName(), Pdf.MEDIA_TYPE, r.pdf()));
    }
}
