package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.domain.DetectorRepository;
import io.linchpin.monitoring.domain.DetectorVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDetectorRepository implements DetectorRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(DetectorVersion version) {
    em.persist(version);
  }

  @Override
  public List<DetectorVersion> current() {
    return em.createQuery(
            "select d from DetectorVersion d where d.versionNo ="
                + " (select max(x.versionNo) from DetectorVersion x where x.key = d.key)"
                + " order by d.key",
            DetectorVersion.class)
        .getResultList();
  }

  @Override
  public Optional<DetectorVersion> current(String key) {
    return versions(key).stream().findFirst();
  }

  @Override
  public List<DetectorVersion> versions(String key) {
    return em.createQuery(
            "select d from DetectorVersion d where d.key = :k order by d.versionNo desc",
            DetectorVersion.class)
        .setParameter("k", key)
        .getResultList();
  }
}
