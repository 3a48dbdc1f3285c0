package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.shared.FieldSealer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * After a restore from an older backup, marks people erased whose keys the erasure ledger says are
 * destroyed, before anything is served, so they show as erased rather than as unreadable.
 */
@Singleton
@Startup
@DependsOn("ErasureLedger")
public class ErasureReplay {

  private static final Logger LOG = Logger.getLogger(ErasureReplay.class.getName());

  @Inject FieldSealer sealer;
  @Inject EmployeeRepository employees;

  @PostConstruct
  void replay() {
    List<String> numbers =
        sealer.erasedSubjects().stream().filter(s -> !s.startsWith("import:")).toList();
    if (numbers.isEmpty()) {
      return;
    }
    int replayed = 0;
    Instant now = Instant.now();
    for (Employee e : employees.findByNumbers(numbers).values()) {
      if (!e.isErased()) {
        e.erase(now);
        employees.clearSealedHistory(e);
        replayed++;
      }
    }
    if (replayed > 0) {
      int count = replayed;
      LOG.warning(() -> count + " erased person(s) were back (a restored backup?); erased again");
    }
  }
}
