package io.aftercare.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SMS through an HTTP gateway: one signed JSON POST per message. The gateway has accepted the message when it answers
 * 2xx; anything else (or no answer within the timeout) throws, and the outbox tries again later.
 */
@ApplicationScoped
public class HttpSmsSender implements NotificationSender {

    private final SmsGatewayConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    @jakarta.inject.Inject
    public HttpSmsSender(NotificationConfig config, ObjectMapper json) {
        this(config.smsGateway(), json, Clock.systemUTC());
    }

    HttpSmsSender(SmsGatewayConfig config, ObjectMapper json, Clock clock) {
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public void send(Message message) {
        String body = body(message);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(config.url().orElseThrow(
                        () -> new IllegalStateException("aftercare.notifications.sms-gateway.url is not set")))
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Timestamp", timestamp)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        config.accessKey().ifPresent(key -> request.header("X-Access-Key", key));
        config.accessSecret().ifPresent(secret -> request.header("X-Signature", signature(secret, timestamp, body)));
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("SMS gateway not reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending an SMS", e);
        }
        if (answer.statusCode() / 100 != 2) {
            String said = answer.body() == null ? "" : answer.body();
            throw new IllegalStateException("SMS gateway answered " + answer.statusCode() + ": "
                    + (said.length() > 200 ? said.substring(0, 200) : said));
        }
    }

    /** What the gateway receives: the number in digits (a leading + kept), the sign name, the template id or the text. */
    String body(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", message.reference());
        body.put("phoneNumber", message.recipient().replaceAll("[^0-9+]", ""));
        body.put("signName", config.signName());
        String templateId = message.template() == null ? null : config.templateIds().get(message.template());
        if (templateId != null) {
            body.put("templateId", templateId);
        }
        body.put("content", message.body());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
