package org.vietlao.linkage.notification;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * E-mail for a notice, in the recipient's language, only when Spring Boot has a mail sender (it has one when
 * {@code spring.mail.host} is set) and the recipient has an address. A mail server that fails does not stop
 * the notice: it stays in the inbox, and the failure is logged.
 */
@Component
class InboxMail {

    private static final Logger log = LoggerFactory.getLogger(InboxMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final StoredText texts;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    InboxMail(
            ObjectProvider<JavaMailSender> sender,
            StoredText texts,
            MessageSource messages,
            @Value("${linkage.notification.mail-from:no-reply@localhost}") String from,
            @Value("${linkage.notification.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.texts = texts;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Sends the notice to the user; answers whether a mail went out. */
    boolean send(UserDirectory.User user, String key, String args, String link) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || user.email() == null || user.email().isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(user.language() == null ? "en" : user.language());
        String text = texts.render(key, args, locale);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.email());
        message.setSubject(messages.getMessage("notification.mail.subject", null, locale));
        message.setText(link == null ? text : text + "\n\n" + baseUrl.replaceAll("/+$", "") + link);
        try {
            mailSender.send(message);
            return true;
        } catch (MailException ex) {
            log.warn("notice e-mail to {} failed: {}", user.username(), ex.getMessage());
            return false;
        }
    }
}
