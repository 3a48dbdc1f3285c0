package io.linchpin.people.infrastructure;

import io.linchpin.people.domain.Position;
import io.linchpin.people.domain.PositionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPositionRepository implements PositionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Position> find(long id) {
    return Optional.ofNullable(em.find(Position.class, id));
  }

  @Override
  public Optional<Position> findByCode(String code) {
    return em.createQuery("select p from Position p where p.code = :c", Position.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Position> findByTitle(String title) {
    return em.createQuery("select p from Position p where p.title = :t", Position.class)
        .setParameter("t", title)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Position> all() {
    return em.createQuery("select p from Position p order by p.code", Position.class)
        .getResultList();
  }

  @Override
  public void add(Position position) {
    em.persist(position);
  }
}
