package io.linchpin.people.application;

import java.util.Optional;

/**
 * Whether the signed-in account may use Linchpin at all. An account that stands for an employee
 * whose employment has ended (from the termination date on) or whose record was erased gets
 * nothing, whatever its roles: a person who has left keeps no access through an account IT has not
 * yet removed.
 */
public interface AccountStanding {

  /** Why the current account is refused, or empty when it may go on. */
  Optional<String> refusal();
}
