package io.aftercare.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;

/** A real SMTP server (GreenMail) on the host and port the application's mailer is configured with, to stop and start. */
final class TestMailServer {

    private GreenMail server;

    void start() {
        var config = ConfigProvider.getConfig();
        server = new GreenMail(new ServerSetup(config.getValue("quarkus.mailer.port", Integer.class),
                config.getValue("quarkus.mailer.host", String.class), ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** How many messages this server received for the address since it started. */
    long receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).count();
    }

    MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
