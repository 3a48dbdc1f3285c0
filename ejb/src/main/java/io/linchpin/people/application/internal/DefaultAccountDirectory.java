package io.linchpin.people.application.internal;

import io.linchpin.people.application.AccountDirectory;
import io.linchpin.people.domain.AccessRepository;
import io.linchpin.people.domain.AccountBinding;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Looks the address up through the account's binding; used by the system, not exposed. */
@Stateless
@PermitAll
public class DefaultAccountDirectory implements AccountDirectory {

  @Inject AccessRepository access;

  @Override
  public Optional<String> emailOf(String username) {
    return access
        .bindingByUsername(username)
        .map(AccountBinding::getEmployee)
        .filter(e -> !e.isErased())
        .map(e -> e.getEmail())
        .filter(email -> email != null && !email.isBlank());
  }
}
