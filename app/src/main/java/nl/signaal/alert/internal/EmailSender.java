/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a CAP message as a plain-text e-mail in the subscriber's language, over the SMTP server of {@code
 * spring.mail.*}. Without one configured, nothing is lost: the delivery waits, and is retried, until there is.
 */
@Component
class EmailSender implements DeliverySender {

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final AreaNames areas;
    private final DeliveryProperties properties;

    EmailSender(
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            AreaNames areas,
            DeliveryProperties properties) {
        this.mail = mail;
        this.messages = messages;
        this.areas = areas;
        this.properties = properties;
    }

    @Override
    public Subscription.Channel channel() {
        return Subscription.Channel.EMAIL;
    }

    @Override
    public String send(Subscription subscription, Delivery delivery, OutgoingMessage message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailedException("no SMTP server", "no SMTP server configured (spring.mail.host)");
        }
        Locale locale = Locale.forLanguageTag(subscription.language());
        WarningContent c = message.content();
        WarningText text = c.text(subscription.language());
        String prefix = switch (message.cap().messageType()) {
            case "Update" -> messages.getMessage("alerts.mail.updated", null, locale) + " ";
            case "Cancel" -> messages.getMessage("alerts.mail.cancelled", null, locale) + " ";
            default -> "";
        };
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(subscription.target());
            helper.setSubject("[Signaal] " + prefix + text.headline());
            helper.setText(messages.getMessage(
                    "alerts.mail.body",
                    new Object[] {
                        prefix + text.headline(),
                        text.description(),
                        text.advice(),
                        areas.names(c.areas()),
                        messages.getMessage("warnings.severity." + c.severity().name(), null, locale),
                        message.pageUrl() + ("en".equals(subscription.language()) ? "?lang=en" : ""),
                        message.capUrl()
                    },
                    locale));
            // lets a mailbox rule or a receiving system recognise a message it already has
            mime.setHeader("X-Signaal-Delivery", delivery.id().toString());
            mime.setHeader("X-Signaal-CAP-Identifier", message.cap().identifier());
            sender.send(mime);
            return "accepted by the SMTP server";
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException("refused", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
