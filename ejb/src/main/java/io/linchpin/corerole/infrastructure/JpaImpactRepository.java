package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.ImpactRepository;
import io.linchpin.corerole.domain.ImpactSetting;
import io.linchpin.corerole.domain.RampUpEstimate;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaImpactRepository implements ImpactRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ImpactSetting> setting(String name) {
    return Optional.ofNullable(em.find(ImpactSetting.class, name));
  }

  @Override
  public void add(ImpactSetting setting) {
    em.persist(setting);
  }

  @Override
  public Optional<RampUpEstimate> estimate(long employeeId) {
    return Optional.ofNullable(em.find(RampUpEstimate.class, employeeId));
  }

  @Override
  public Map<Long, Integer> estimates(Collection<Long> employeeIds) {
    Map<Long, Integer> found = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select e from RampUpEstimate e where e.employeeId in :ids",
                        RampUpEstimate.class)
                    .setParameter("ids", slice)
                    .getResultList())
        .forEach(e -> found.put(e.getEmployeeId(), e.getMonths()));
    return found;
  }

  @Override
  public void add(RampUpEstimate estimate) {
    em.persist(estimate);
  }
}
