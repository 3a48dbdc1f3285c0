package io.linchpin.screening.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.NationalIdHolders;
import io.linchpin.people.application.NationalIdHolders.Holder;
import io.linchpin.screening.domain.CheckOutcome;
import io.linchpin.screening.domain.CheckPurpose;
import io.linchpin.screening.domain.Consent;
import io.linchpin.screening.domain.DataCategory;
import io.linchpin.screening.domain.DropRun;
import io.linchpin.screening.domain.DroppedRecord;
import io.linchpin.screening.domain.ExternalCheck;
import io.linchpin.screening.domain.ExternalSources.SourceRecord;
import io.linchpin.screening.domain.ScreeningRepository;
import io.linchpin.shared.AuditOperation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes in a file a source dropped, in one transaction: a malformed file is refused whole; rows are
 * matched to people by the keyed fingerprint of the ID number (the number itself is never
 * searched); a person's rows are kept only under their valid consent for the row's category and
 * purpose, and refused (on record) otherwise; rows naming no one are counted and dropped.
 */
@Stateless
@PermitAll
public class DropIntake {

  public static final String SOURCE = "file-drop";

  @Inject ScreeningRepository screening;
  @EJB NationalIdHolders people;
  @Inject FindingKeeper keeper;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemDefaultZone();

  /** One person's rows of one category and purpose. */
  private record Group(Holder person, DataCategory category, CheckPurpose purpose) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DropRun take(String fileName, List<DroppedRecord> rows, List<String> problems) {
    if (!problems.isEmpty()) {
      DropRun rejected =
          new DropRun(
              fileName,
              clock.instant(),
              DropRun.Status.REJECTED,
              rows.size(),
              0,
              0,
              0,
              0,
              String.join("\n", problems));
      screening.add(rejected);
      audit.recordFor(
          SOURCE,
          AuditOperation.IMPORT_WRITE,
          "screening-drop",
          rejected.getId().toString(),
          "rejected");
      return rejected;
    }
    Map<String, Holder> holders =
        people.holders(rows.stream().map(DroppedRecord::nationalId).distinct().toList());
    Map<Group, List<SourceRecord>> groups = new LinkedHashMap<>();
    int unknown = 0;
    for (DroppedRecord r : rows) {
      Holder person = holders.get(r.nationalId());
      if (person == null) {
        unknown++;
        continue;
      }
      groups
          .computeIfAbsent(new Group(person, r.category(), r.purpose()), g -> new ArrayList<>())
          .add(r.record());
    }
    LocalDate today = LocalDate.now(clock);
    int kept = 0;
    int withoutConsent = 0;
    int matched = rows.size() - unknown;
    for (Map.Entry<Group, List<SourceRecord>> g : groups.entrySet()) {
      Group group = g.getKey();
      long employeeId = group.person().employeeId();
      Optional<Consent> consent =
          screening.consents(employeeId, group.category(), group.purpose()).stream()
              .filter(c -> c.allowsOn(today))
              .findFirst();
      if (consent.isEmpty()) {
        withoutConsent += g.getValue().size();
        screening.add(
            new ExternalCheck(
                employeeId,
                group.category(),
                group.purpose(),
                SOURCE,
                null,
                SOURCE,
                clock.instant(),
                CheckOutcome.REFUSED,
                g.getValue().size(),
                0,
                "records delivered in " + fileName + " without a valid consent were not kept"));
        audit.recordFor(
            SOURCE,
            AuditOperation.DENIED,
            "employee",
            Long.toString(employeeId),
            group.category() + " " + group.purpose() + ": no valid consent; records not kept");
        continue;
      }
      ExternalCheck check =
          new ExternalCheck(
              employeeId,
              group.category(),
              group.purpose(),
              SOURCE,
              consent.get().getId(),
              SOURCE,
              clock.instant(),
              CheckOutcome.DONE,
              g.getValue().size(),
              0,
              "delivered in " + fileName);
      screening.add(check);
      int added =
          keeper.keep(
              employeeId,
              group.person().dataSubject(),
              group.category(),
              SOURCE,
              consent.get(),
              check.getId(),
              g.getValue());
      check.counted(g.getValue().size(), added);
      kept += added;
      audit.recordFor(
          SOURCE,
          AuditOperation.EXTERNAL_CHECK,
          "employee",
          Long.toString(employeeId),
          group.category() + " " + group.purpose() + " under consent " + consent.get().getId());
    }
    DropRun done =
        new DropRun(
            fileName,
            clock.instant(),
            DropRun.Status.DONE,
            rows.size(),
            matched,
            kept,
            withoutConsent,
            unknown,
            null);
    screening.add(done);
    audit.recordFor(
        SOURCE, AuditOperation.IMPORT_WRITE, "screening-drop", done.getId().toString(), fileName);
    return done;
  }
}
