package io.aftercare.notification;

import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP SMS gateway ({@code aftercare.notifications.sms-gateway.*}), used when {@code aftercare.notifications.sms=http}: where to post, the credentials that sign
 * each request, the sign name shown to recipients, and the gateway's approved template id for each of our messages.
 */
public interface SmsGatewayConfig {

    /** The gateway's send endpoint, e.g. https://sms.example.com/v1/messages. */
    Optional<URI> url();

    /** Sent as {@code X-Access-Key}. */
    Optional<String> accessKey();

    /** Signs each request: {@code X-Signature} is hex HMAC-SHA256 of "{timestamp}\n{body}" with this secret. */
    Optional<String> accessSecret();

    /** The sign name (签名) the gateway prefixes, e.g. 【Aftercare】. */
    @WithDefault("Aftercare")
    String signName();

    /** The gateway's template id per message kind (SIGN_UP_CODE=SMS_1234, ...); a kind without one is sent as text. */
    Map<String, String> templateIds();

    /** How long to wait for the gateway: well within the delivery transaction. */
    @WithDefault("10s")
    Duration timeout();
}
