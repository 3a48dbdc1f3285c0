package io.linchpin.people.application.internal;

import io.linchpin.people.application.AccountRef;
import io.linchpin.people.application.DemoAccounts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Records the demo logins under the issuer the server trusts (the realm of {@code
 * linchpin.oidc.provider-url}), which is the issuer of the tokens they will sign in with.
 */
@Stateless
@PermitAll
public class DefaultDemoAccounts implements DemoAccounts {

  static final String PROVIDER_URL = "linchpin.oidc.provider-url";

  @EJB AccountRecorder recorder;

  @Override
  public AccountRef account(String username, String subject, List<String> roles) {
    String issuer = System.getProperty(PROVIDER_URL, "").strip().replaceAll("/+$", "");
    if (issuer.isEmpty()) {
      throw new IllegalStateException(PROVIDER_URL + " is not set");
    }
    return new AccountRef(recorder.record(issuer, subject, username, roles), username);
  }
}
