package io.linchpin.people.application.internal;

import io.linchpin.people.application.NationalIdHolders;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.shared.FieldSealer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Matches national IDs to records by their blind index, in the caller's transaction. */
@Stateless
@PermitAll
public class DefaultNationalIdHolders implements NationalIdHolders {

  @Inject EmployeeRepository employees;
  @Inject FieldSealer sealer;

  @Override
  public Map<String, Holder> holders(Collection<String> nationalIds) {
    Map<String, String> indexById = new HashMap<>();
    for (String id : nationalIds) {
      indexById.put(id, sealer.blindIndex("national_id", id));
    }
    Map<String, String> numberByIndex = new HashMap<>();
    for (Object[] holder : employees.holdersOfNationalIdIndexes(Set.copyOf(indexById.values()))) {
      numberByIndex.put((String) holder[0], (String) holder[1]);
    }
    Map<String, Employee> byNumber = employees.findByNumbers(numberByIndex.values());
    Map<String, Holder> holders = new HashMap<>();
    indexById.forEach(
        (id, index) -> {
          String number = numberByIndex.get(index);
          Employee e = number == null ? null : byNumber.get(number);
          if (e != null && !e.isErased()) {
            holders.put(id, new Holder(e.getId(), e.subject()));
          }
        });
    return holders;
  }
}
