package io.linchpin.shared;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who the current request's verified token says the caller is: the token's issuer and subject
 * (which together name an account for good, unlike a user name or an e-mail address) and the
 * employee-number claim the company's directory supplies. Set once per request by the web layer
 * from the token the server has already verified; empty outside a signed-in request (timers, batch
 * jobs).
 */
@RequestScoped
public class SignedInCaller {

  /** An account of the company's identity provider. */
  public record Account(String issuer, String subject, String username, String employeeNumber) {}

  private Account account;

  /**
   * Records the verified token's account; a second, different account in one request is refused.
   */
  public void signedIn(Account verified) {
    if (account != null && !account.equals(verified)) {
      throw new IllegalStateException("a request cannot change its signed-in account");
    }
    this.account = verified;
  }

  public Optional<Account> account() {
    return Optional.ofNullable(account);
  }
}
