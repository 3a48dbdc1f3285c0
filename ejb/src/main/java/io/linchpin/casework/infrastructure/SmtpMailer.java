package io.linchpin.casework.infrastructure;

import io.linchpin.shared.Mailer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails through the server's default mail session ({@code linchpin.mail.host}, {@code
 * linchpin.mail.port}, {@code linchpin.mail.from}), on the server's managed threads after commit.
 * Off unless {@code linchpin.mail.enabled=true}. Addresses are not logged.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

  private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Default")
  Session session;

  @Resource ManagedExecutorService executor;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public boolean isEnabled() {
    return Boolean.getBoolean("linchpin.mail.enabled");
  }

  @Override
  public void sendAfterCommit(Collection<String> to, String subject, String body) {
    if (!isEnabled() || to.isEmpty()) {
      return;
    }
    List<String> recipients = List.copyOf(to);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(() -> send(recipients, subject, body));
            }
          }
        });
  }

  private void send(List<String> to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      for (String address : to) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      }
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException | RuntimeException e) {
      // The exception's message may hold addresses: only its kind is logged.
      LOG.log(
          Level.WARNING,
          "A case notification e-mail to {0} recipient(s) could not be sent ({1})",
          new Object[] {to.size(), e.getClass().getSimpleName()});
    }
  }
}
