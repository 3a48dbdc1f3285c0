package io.linchpin.analytics.application.internal;

import io.linchpin.analytics.application.PolicyNotes;
import io.linchpin.analytics.application.ReviewDocument;
import io.linchpin.analytics.application.ReviewService;
import io.linchpin.analytics.application.ReviewService.ReviewFilter;
import io.linchpin.analytics.domain.PolicyNote;
import io.linchpin.analytics.domain.ReviewRepository;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Policy notes, their saved views checked by computing them, compared in the reader's scope. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class DefaultPolicyNotes implements PolicyNotes {

  @EJB ReviewService review;
  @EJB AuditLog audit;
  @Inject ReviewRepository repository;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemDefaultZone();

  @Override
  public List<NoteView> notes() {
    return repository.notes().stream().map(DefaultPolicyNotes::view).toList();
  }

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public NoteView record(RecordNote c) {
    if (c == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    String title = text(c.title(), "title", 200, violations);
    String change = text(c.change(), "change", 4000, violations);
    if (c.effectiveOn() == null) {
      violations.add(new FieldViolation("effectiveOn", "is required"));
    }
    if (c.view() == null || !ReviewService.VIEWS.contains(c.view())) {
      violations.add(
          new FieldViolation("view", "must be one of " + String.join(", ", ReviewService.VIEWS)));
    }
    if (c.from() == null) {
      violations.add(new FieldViolation("from", "is required: the period the view was seen for"));
    }
    if (c.to() == null) {
      violations.add(new FieldViolation("to", "is required: the period the view was seen for"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    ReviewFilter filter = filter(c.from(), c.to(), c.orgUnitId(), c.caseType(), c.roleFamily());
    // The saved view must be one the review can show: its period and filters are checked by it.
    review.document(c.view(), filter);
    PolicyNote note =
        new PolicyNote(
            title,
            change,
            c.effectiveOn(),
            new PolicyNote.Evidence(
                c.view(), c.from(), c.to(), c.orgUnitId(), filter.caseType(), filter.roleFamily()),
            clock.instant(),
            session.getCallerPrincipal().getName());
    repository.add(note);
    audit.record(
        AuditOperation.CREATE,
        "policy-note",
        String.valueOf(note.getId()),
        List.of("title", "change", "effectiveOn", "view"),
        null);
    return view(note);
  }

  @Override
  public Comparison compare(long id) {
    PolicyNote note =
        repository.note(id).orElseThrow(() -> new NotFoundException("Policy note", id));
    PolicyNote.Evidence e = note.getEvidence();
    ReviewDocument before =
        review.document(
            e.view(), filter(e.from(), e.to(), e.orgUnitId(), e.caseType(), e.roleFamily()));
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    LocalDate afterFrom = note.getEffectiveOn();
    if (afterFrom.isAfter(yesterday)) {
      return new Comparison(view(note), before, null, null, null);
    }
    long days = ChronoUnit.DAYS.between(e.from(), e.to());
    LocalDate afterTo = afterFrom.plusDays(days);
    if (afterTo.isAfter(yesterday)) {
      afterTo = yesterday;
    }
    ReviewDocument after =
        review.document(
            e.view(), filter(afterFrom, afterTo, e.orgUnitId(), e.caseType(), e.roleFamily()));
    return new Comparison(view(note), before, afterFrom, afterTo, after);
  }

  private static ReviewFilter filter(
      LocalDate from, LocalDate to, Long orgUnitId, String caseType, String roleFamily) {
    return new ReviewFilter(
        from,
        to,
        orgUnitId,
        caseType == null || caseType.isBlank() ? null : caseType.strip(),
        roleFamily == null || roleFamily.isBlank() ? null : roleFamily.strip());
  }

  private static String text(String value, String field, int max, List<FieldViolation> v) {
    if (value == null || value.isBlank()) {
      v.add(new FieldViolation(field, "is required"));
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      v.add(new FieldViolation(field, "must be at most " + max + " characters"));
    }
    return stripped;
  }

  private static NoteView view(PolicyNote n) {
    PolicyNote.Evidence e = n.getEvidence();
    return new NoteView(
        n.getId(),
        n.getTitle(),
        n.getChange(),
        n.getEffectiveOn(),
        e.view(),
        e.from(),
        e.to(),
        e.orgUnitId(),
        e.caseType(),
        e.roleFamily(),
        n.getCreatedAt(),
        n.getCreatedBy());
  }
}
