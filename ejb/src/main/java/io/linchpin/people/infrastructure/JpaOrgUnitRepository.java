package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.OrgUnit;
import io.linchpin.people.domain.OrgUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<OrgUnit> find(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id));
  }

  @Override
  public Optional<OrgUnit> findByCode(String code) {
    return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<OrgUnit> findByPath(String path) {
    return em.createQuery("select u from OrgUnit u where u.path = :p", OrgUnit.class)
        .setParameter("p", path)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<OrgUnit> all() {
    return em.createQuery(
            "select u from OrgUnit u left join fetch u.parent order by u.path", OrgUnit.class)
        .getResultList();
  }

  @Override
  public void add(OrgUnit unit) {
    em.persist(unit);
  }
}
