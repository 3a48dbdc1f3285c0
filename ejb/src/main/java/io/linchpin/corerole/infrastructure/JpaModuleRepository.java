package io.linchpin.corerole.infrastructure;

import io.linchpin.corerole.domain.module.ModuleRecord;
import io.linchpin.corerole.domain.module.ModuleRepository;
import io.linchpin.corerole.domain.module.ModuleVersion;
import io.linchpin.shared.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaModuleRepository implements ModuleRepository {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject io.linchpin.shared.FieldSealer sealer;

  @Override
  public Optional<ModuleVersion> current(String moduleKey) {
    return em.createQuery(
            "select v from ModuleVersion v where v.moduleKey = :k order by v.versionNo desc",
            ModuleVersion.class)
        .setParameter("k", moduleKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ModuleVersion> currentVersions() {
    return em.createQuery(
            "select v from ModuleVersion v where v.versionNo = (select max(w.versionNo) from"
                + " ModuleVersion w where w.moduleKey = v.moduleKey) order by v.moduleKey",
            ModuleVersion.class)
        .getResultList();
  }

  @Override
  public List<ModuleVersion> versions(String moduleKey) {
    return em.createQuery(
            "select v from ModuleVersion v where v.moduleKey = :k order by v.versionNo desc",
            ModuleVersion.class)
        .setParameter("k", moduleKey)
        .getResultList();
  }

  @Override
  public void add(ModuleVersion version) {
    em.persist(version);
  }

  @Override
  public List<ModuleRecord> records(long employeeId, String moduleKey, String collection) {
    TypedQuery<ModuleRecord> q =
        em.createQuery(
            "select r from ModuleRecord r where r.employeeId = :e and r.moduleKey = :k"
                + (collection == null ? "" : " and r.collectionKey = :c")
                + " order by r.createdAt, r.id",
            ModuleRecord.class);
    q.setParameter("e", employeeId).setParameter("k", moduleKey);
    if (collection != null) {
      q.setParameter("c", collection);
    }
    return q.getResultList();
  }

  @Override
  public Map<Long, List<String>> values(
      Collection<Long> employeeIds, String moduleKey, String collection) {
    Map<Long, List<String>> byPerson = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select r.employeeId, r.subject, r.uid, r.valuesSealed from ModuleRecord r"
                            + " where r.employeeId in :ids and r.moduleKey = :k"
                            + " and r.collectionKey = :c order by r.id",
                        Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("k", moduleKey)
                    .setParameter("c", collection)
                    .getResultList())
        .forEach(
            row -> {
              String json =
                  ModuleRecord.open(sealer, (String) row[1], (String) row[2], (String) row[3]);
              if (json != null) {
                byPerson.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(json);
              }
            });
    return byPerson;
  }

  @Override
  public Map<Long, Long> counts(Collection<Long> employeeIds, String moduleKey, String collection) {
    Map<Long, Long> counts = new HashMap<>();
    InLists.query(
            employeeIds,
            slice ->
                em.createQuery(
                        "select r.employeeId, count(r) from ModuleRecord r"
                            + " where r.employeeId in :ids and r.moduleKey = :k"
                            + " and r.collectionKey = :c group by r.employeeId",
                        Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("k", moduleKey)
                    .setParameter("c", collection)
                    .getResultList())
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public Map<Long, ModuleRecord> records(Collection<Long> ids) {
    Map<Long, ModuleRecord> byId = new HashMap<>();
    InLists.query(
            ids,
            slice ->
                em.createQuery(
                        "select r from ModuleRecord r where r.id in :ids", ModuleRecord.class)
                    .setParameter("ids", slice)
                    .getResultList())
        .forEach(r -> byId.put(r.getId(), r));
    return byId;
  }

  @Override
  public Optional<ModuleRecord> record(long id) {
    return Optional.ofNullable(em.find(ModuleRecord.class, id));
  }

  @Override
  public void add(ModuleRecord record) {
    em.persist(record);
  }

  @Override
  public void remove(ModuleRecord record) {
    em.remove(record);
  }
}
