/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a CAP message to a webhook as JSON, the CAP XML included. The body is signed with the subscription's secret
 * (HMAC-SHA256 over the exact bytes, lower-case hex, header {@code X-Signaal-Signature: sha256=…}), so the receiver
 * knows it came from Signaal and was not changed; {@code Idempotency-Key} is the delivery's id, the same on every retry,
 * so a receiver that answered too late can drop the second copy. Any 2xx answer is a delivery.
 */
@Component
class WebhookSender implements DeliverySender {

    static final String SIGNATURE = "X-Signaal-Signature";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final DeliveryProperties properties;
    private final HttpClient http;

    WebhookSender(DeliveryProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Subscription.Channel channel() {
        return Subscription.Channel.WEBHOOK;
    }

    @Override
    public String send(Subscription subscription, Delivery delivery, OutgoingMessage message) {
        byte[] body = body(subscription.language(), message);
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.target()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Signaal")
                .header(IDEMPOTENCY_KEY, delivery.id().toString())
                .header(SIGNATURE, "sha256=" + sign(Objects.requireNonNull(subscription.secret()), body))
                .header("X-Signaal-Delivery-Attempt", Integer.toString(delivery.attempts() + 1))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            String status = "HTTP " + response.statusCode();
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailedException(status, "the webhook answered " + response.statusCode());
            }
            return status;
        } catch (IOException e) {
            throw new DeliveryFailedException("no answer", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("no answer", "interrupted", e);
        }
    }

    static byte[] body(String language, OutgoingMessage message) {
        WarningContent c = message.content();
        WarningText text = c.text(language);
        return JSON.writeValueAsBytes(new Body(
                message.cap().warningId().toString(),
                message.cap().version(),
                message.cap().messageType(),
                message.cap().identifier(),
                CapDocuments.dateTime(message.cap().sent()),
                text.event(),
                text.headline(),
                c.severity().cap(),
                c.urgency().cap(),
                c.certainty().cap(),
                c.areas(),
                message.pageUrl(),
                message.capUrl(),
                message.cap().xml()));
    }

    /** HMAC-SHA256 of the body with the subscription's secret, in lower-case hex. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** What a webhook receives; {@code cap} is the CAP 1.2 message itself. */
    record Body(
            String warningId,
            int version,
            String messageType,
            String capIdentifier,
            String sent,
            String event,
            String headline,
            String severity,
            String urgency,
            String certainty,
            List<String> areas,
            String pageUrl,
            String capUrl,
            String cap) {}
}
