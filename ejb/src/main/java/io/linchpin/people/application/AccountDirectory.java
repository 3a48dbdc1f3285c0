package io.linchpin.people.application;

import java.util.Optional;

/**
 * The e-mail address of the employee an identity-provider account stands for, for notifications.
 * Only accounts bound to an employee record with an e-mail address have one.
 */
public interface AccountDirectory {

  Optional<String> emailOf(String username);
}
