package io.linchpin.analytics.infrastructure;

import io.linchpin.analytics.domain.MonthlyReport;
import io.linchpin.analytics.domain.PolicyNote;
import io.linchpin.analytics.domain.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(MonthlyReport report) {
    em.persist(report);
  }

  @Override
  public Optional<MonthlyReport> report(long id) {
    return Optional.ofNullable(em.find(MonthlyReport.class, id));
  }

  @Override
  public Optional<MonthlyReport> report(YearMonth month) {
    return em.createQuery("select r from MonthlyReport r where r.month = :m", MonthlyReport.class)
        .setParameter("m", month.atDay(1))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MonthlyReport.Entry> reports(int max) {
    return em.createQuery(
            "select r.id, r.month, r.producedAt, r.producedBy from MonthlyReport r"
                + " order by r.month desc",
            Object[].class)
        .setMaxResults(max)
        .getResultStream()
        .map(
            r ->
                new MonthlyReport.Entry(
                    (Long) r[0],
                    YearMonth.from((java.time.LocalDate) r[1]),
                    (java.time.Instant) r[2],
                    (String) r[3]))
        .toList();
  }

  @Override
  public void add(PolicyNote note) {
    em.persist(note);
  }

  @Override
  public Optional<PolicyNote> note(long id) {
    return Optional.ofNullable(em.find(PolicyNote.class, id));
  }

  @Override
  public List<PolicyNote> notes() {
    return em.createQuery(
            "select n from PolicyNote n order by n.effectiveOn desc, n.id desc", PolicyNote.class)
        .getResultList();
  }
}
