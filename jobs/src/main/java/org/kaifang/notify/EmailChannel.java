package org.kaifang.notify;

import java.time.Duration;
import java.util.Properties;

import org.kaifang.config.NotifySettings;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A notice as a plain-text email over SMTP (Jakarta Mail, Angus' implementation). */
final class EmailChannel implements Channel {

    private final NotifySettings.Email email;

    EmailChannel(NotifySettings.Email email) {
        this.email = email;
    }

    @Override
    public String describe() {
        return "email to " + String.join(", ", email.to()) + " via " + email.host() + ":" + email.port();
    }

    @Override
    public void deliver(Notice notice, Duration timeout) throws Exception {
        Session session = Session.getInstance(properties(timeout), email.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(email.user(), email.password() == null ? "" : email.password());
            }
        });
        // the protocol trace would print the login
        session.setDebug(false);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(email.from()));
        for (String to : email.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(notice.title(), "UTF-8");
        message.setText(notice.text(), "UTF-8");
        Transport.send(message);
    }

    private Properties properties(Duration timeout) {
        String protocol = email.security().equals("ssl") ? "smtps" : "smtp";
        String millis = String.valueOf(timeout.toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty("mail.transport.protocol.rfc822", protocol);
        properties.setProperty("mail." + protocol + ".host", email.host());
        properties.setProperty("mail." + protocol + ".port", String.valueOf(email.port()));
        properties.setProperty("mail." + protocol + ".connectiontimeout", millis);
        properties.setProperty("mail." + protocol + ".timeout", millis);
        properties.setProperty("mail." + protocol + ".writetimeout", millis);
        properties.setProperty("mail." + protocol + ".auth", String.valueOf(email.user() != null));
        if (email.security().equals("starttls")) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        return properties;
    }
}
