package io.aftercare.notification;

import java.util.Optional;

/**
 * Makes the document an e-mail carries when it is sent, from the reference its outbox row names ("kind:id:language").
 * Features that send documents implement it (the service report); notifications depend on none of them.
 */
public interface AttachmentSource {

    /** The kind of reference this source makes, e.g. "service-report". */
    String kind();

    /** The document, or empty when what it was made of is gone; runs in the tenant's delivery transaction. */
    Optional<NotificationSender.Attachment> make(String id, String language);
}
