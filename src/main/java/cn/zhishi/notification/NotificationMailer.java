package cn.zhishi.notification;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail copy of a notification. Inert unless a {@link JavaMailSender} exists, which Spring Boot creates only
 * when {@code spring.mail.host} is set; and only for users with an address. Sent after the commit, never failing it.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, MessageSource messages) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void sendAfterCommit(String username, String messageKey, Object[] args, String link) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        List<String> to = jdbc.queryForList("select email from app_user where username = ? and email is not null and email <> ''",
                String.class, username);
        if (to.isEmpty()) {
            return;
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        SimpleMailMessage m = new SimpleMailMessage();
        m.setTo(to.get(0));
        m.setSubject(messages.getMessage("notification.mail.subject", null, zh));
        m.setText(messages.getMessage(messageKey, args, zh) + (link == null ? "" : "\n\n" + link));
        Runnable send = () -> {
            try {
                mail.send(m);
            } catch (RuntimeException e) {
                log.warn("Notification e-mail to {} failed: {}", username, e.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
