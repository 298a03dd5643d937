package io.aftercare.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP SMS gateway adapter against a local HTTP server that records every call and answers as told. */
class HttpSmsSenderTest {

    record Call(Map<String, List<String>> headers, String body) {
    }

    HttpServer server;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void gateway() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/messages", exchange -> {
            calls.add(new Call(exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] said = (answer.get() == 200 ? "{\"code\":\"OK\"}" : "{\"code\":\"QUOTA\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), said.length);
            exchange.getResponseBody().write(said);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    SmsGatewayConfig config(Optional<String> secret) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/messages");
        return new SmsGatewayConfig() {
            public Optional<URI> url() { return Optional.of(url); }
            public Optional<String> accessKey() { return Optional.of("key-1"); }
            public Optional<String> accessSecret() { return secret; }
            public String signName() { return "售后服务"; }
            public Map<String, String> templateIds() { return Map.of("SIGN_UP_CODE", "SMS_4711"); }
            public Duration timeout() { return Duration.ofSeconds(5); }
        };
    }

    HttpSmsSender sender(Optional<String> secret) {
        return new HttpSmsSender(config(secret), new ObjectMapper(), Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aMessageIsPostedSignedWithItsTemplateIdAndTheNumberInDigits() throws Exception {
        UUID id = UUID.randomUUID();
        sender(Optional.of("s3cret")).send(new NotificationSender.Message(id, "139 1111-2222", "验证码", "您的验证码是 042917", "SIGN_UP_CODE"));

        assertEquals(1, calls.size());
        Call call = calls.getFirst();
        JsonNode body = new ObjectMapper().readTree(call.body());
        assertEquals(id.toString(), body.path("messageId").asText());
        assertEquals("13911112222", body.path("phoneNumber").asText());
        assertEquals("售后服务", body.path("signName").asText());
        assertEquals("SMS_4711", body.path("templateId").asText());
        assertEquals("您的验证码是 042917", body.path("content").asText());
        assertEquals("key-1", call.headers().get("X-access-key").getFirst());
        assertEquals("1796601600", call.headers().get("X-timestamp").getFirst());
        assertEquals(HttpSmsSender.signature("s3cret", "1796601600", call.body()), call.headers().get("X-signature").getFirst(),
                "the gateway can check the signature over exactly the bytes it received");
    }

    @Test
    void aKindWithoutTemplateIdGoesAsTextAndNoSecretMeansNoSignature() throws Exception {
        sender(Optional.empty()).send(new NotificationSender.Message(UUID.randomUUID(), "+86 139 1111 2222", "s", "工单已派出", "ASSIGNED"));
        JsonNode body = new ObjectMapper().readTree(calls.getFirst().body());
        assertFalse(body.has("templateId"));
        assertEquals("+8613911112222", body.path("phoneNumber").asText());
        assertFalse(calls.getFirst().headers().containsKey("X-signature"));
    }

    @Test
    void aRefusalOrNoAnswerThrowsSoTheOutboxTriesAgain() {
        answer.set(503);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> sender(Optional.empty())
                .send(new NotificationSender.Message(UUID.randomUUID(), "13911112222", "s", "x", null)));
        assertTrue(refused.getMessage().contains("503") && refused.getMessage().contains("QUOTA"), refused.getMessage());
        server.stop(0);
        assertThrows(RuntimeException.class, () -> sender(Optional.empty())
                .send(new NotificationSender.Message(UUID.randomUUID(), "13911112222", "s", "x", null)));
    }
}
