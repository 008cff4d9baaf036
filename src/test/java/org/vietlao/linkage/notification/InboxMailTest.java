package org.vietlao.linkage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.UserDirectory;

class InboxMailTest {

    final StaticMessageSource messages = messages();
    final StoredText texts = new StoredText(new ObjectMapper(), messages);
    final UserDirectory.User lao = new UserDirectory.User("la-user", "Lao user", "lo", "la@example.org");
    final String args = texts.argsOf(Label.of("n.text", "Savan"));

    @Test
    void sendsNothingWithoutAMailSender() {
        InboxMail mail = mail(new DefaultListableBeanFactory());

        assertThat(mail.send(lao, "n.text", args, "/inbox")).isFalse();
    }

    @Test
    void sendsTheNoticeInTheRecipientsLanguageWithALinkWhenThereIsASender() {
        Recording sender = new Recording(false);
        InboxMail mail = mail(factoryWith(sender));

        assertThat(mail.send(lao, "n.text", args, "/matching/interests")).isTrue();

        assertThat(sender.sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("la@example.org");
            assertThat(message.getSubject()).isEqualTo("ແຈ້ງການໃໝ່");
            assertThat(message.getText())
                    .isEqualTo("Savan ສົ່ງຄວາມສົນໃຈ\n\nhttps://linkage.example/matching/interests");
        });
    }

    @Test
    void skipsPeopleWithoutAnAddressAndSurvivesAFailingServer() {
        UserDirectory.User noAddress = new UserDirectory.User("x", "X", "en", null);
        assertThat(mail(factoryWith(new Recording(false))).send(noAddress, "n.text", args, null))
                .isFalse();
        assertThat(mail(factoryWith(new Recording(true))).send(lao, "n.text", args, null))
                .isFalse();
    }

    private InboxMail mail(DefaultListableBeanFactory factory) {
        return new InboxMail(
                factory.getBeanProvider(JavaMailSender.class),
                texts,
                messages,
                "no-reply@linkage.example",
                "https://linkage.example/");
    }

    private static DefaultListableBeanFactory factoryWith(JavaMailSender sender) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerSingleton("mailSender", sender);
        return factory;
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale lao = Locale.forLanguageTag("lo");
        messages.addMessage("n.text", lao, "{0} ສົ່ງຄວາມສົນໃຈ");
        messages.addMessage("n.text", Locale.ENGLISH, "{0} sent interest");
        messages.addMessage("notification.mail.subject", lao, "ແຈ້ງການໃໝ່");
        messages.addMessage("notification.mail.subject", Locale.ENGLISH, "A new notice");
        return messages;
    }

    /** A mail sender that keeps what it is given, or fails like an unreachable server. */
    static final class Recording implements JavaMailSender {

        final List<SimpleMailMessage> sent = new ArrayList<>();
        final boolean failing;

        Recording(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("connection refused");
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessagePreparator... mimeMessagePreparators) {
            throw new UnsupportedOperationException();
        }
    }
}
