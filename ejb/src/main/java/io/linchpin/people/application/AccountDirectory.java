package io.linchpin.people.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who to notify: the e-mail address of the employee an identity-provider account stands for (only
 * accounts bound to an employee record with an e-mail address have one), and the HR business
 * partners responsible for a person.
 */
public interface AccountDirectory {

  Optional<String> emailOf(String username);

  /**
   * For each of these people, the HR business partners who look after their org unit (assigned to
   * it or to a unit above it), nearest unit first. People nobody looks after are left out.
   */
  Map<Long, List<Partner>> partnersOf(Collection<Long> employeeIds);

  /** An HR business partner: their employee record, and their address when they have one. */
  record Partner(long employeeId, String email) {}
}
