package io.linchpin.shared;

import java.util.Collection;

/**
 * Sends notification e-mails once the transaction that caused them commits, when a mail server is
 * configured; never anything sensitive (a case or alert reference and a step only). A mail that
 * cannot be sent is logged, never a reason to undo the work.
 */
public interface Mailer {

  boolean isEnabled();

  void sendAfterCommit(Collection<String> to, String subject, String body);
}
