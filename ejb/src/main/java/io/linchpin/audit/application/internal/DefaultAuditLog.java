package io.linchpin.audit.application.internal;

import io.linchpin.audit.application.AuditEntryView;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.application.AuditQuery;
import io.linchpin.audit.domain.AuditEntry;
import io.linchpin.audit.domain.AuditHead;
import io.linchpin.audit.domain.AuditRecord;
import io.linchpin.audit.domain.AuditRepository;
import io.linchpin.audit.domain.ChainVerifier;
import io.linchpin.audit.domain.ChainVerifier.Verification;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.InputValidator;
import io.linchpin.shared.Page;
import io.linchpin.shared.Roles;
import io.linchpin.vault.application.CheckpointSigner;
import io.linchpin.vault.application.PublicCheckpointSigner;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends entries to the chain (see {@link Chaining}), each with the head's keyed checkpoint
 * renewed; verifies the whole chain for auditors.
 */
@Stateless
@DeclareRoles({
  Roles.HR_ADMIN,
  Roles.HR_BP,
  Roles.LEGAL,
  Roles.LINE_MANAGER,
  Roles.BUSINESS_HEAD,
  Roles.IT_ADMIN,
  Roles.AUDITOR,
  Roles.EMPLOYEE
})
public class DefaultAuditLog implements AuditLog {

  static final String ALLOWED = "ALLOWED";

  @Inject AuditRepository log;
  @Inject Chaining chaining;
  @Inject CheckpointSigner signer;
  @EJB PublicCheckpointSigner publicSigner;
  @EJB AnchorKeeper anchors;
  @Inject InputValidator validator;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemUTC();

  @Override
  @PermitAll
  public void record(
      AuditOperation operation,
      String objectType,
      String objectId,
      List<String> fields,
      String purpose) {
    append(caller(), callerRoles(), operation, objectType, objectId, fields, purpose, ALLOWED);
  }

  @Override
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordNow(
      AuditOperation operation,
      String objectType,
      String objectId,
      List<String> fields,
      String purpose,
      String outcome) {
    append(caller(), callerRoles(), operation, objectType, objectId, fields, purpose, outcome);
  }

  @Override
  @PermitAll
  public void recordFor(
      String actor, AuditOperation operation, String objectType, String objectId, String purpose) {
    append(actor, List.of(), operation, objectType, objectId, List.of(), purpose, ALLOWED);
  }

  @Override
  @RolesAllowed(Roles.AUDITOR)
  public Page<AuditEntryView> search(AuditQuery query) {
    validator.validate(query);
    Page<AuditEntry> page =
        log.search(
            new AuditRepository.Criteria(
                query.actor(),
                query.objectType(),
                query.objectId(),
                query.operation(),
                query.from(),
                query.to(),
                query.page(),
                query.size()));
    return new Page<>(
        page.items().stream().map(DefaultAuditLog::view).toList(),
        page.total(),
        page.page(),
        page.size());
  }

  @Override
  @RolesAllowed(Roles.AUDITOR)
  public Verification verify() {
    ChainVerifier verifier = new ChainVerifier(anchors.anchor());
    log.forEachInOrder(
        e ->
            verifier.accept(
                new ChainVerifier.StoredEntry(
                    e.getSeq(), e.getPreviousHash(), e.getHash(), e.record())));
    AuditHead head = log.head();
    Verification result =
        head.getLastSeq() == 0 && head.getCheckpoint() == null
            ? verifier.finish(0, head.getLastHash(), data -> true)
            : verifier.finish(
                head.getLastSeq(),
                head.getLastHash(),
                data -> signer.verify(data, head.getCheckpoint()));
    return result;
  }

  @Override
  @RolesAllowed(Roles.AUDITOR)
  public Checkpoint checkpoint() {
    AuditHead head = log.head();
    anchors.confirm(head);
    String signed = head.getLastSeq() + ":" + head.getLastHash();
    return new Checkpoint(
        head.getLastSeq(),
        head.getLastHash(),
        head.getCheckpoint(),
        publicSigner.sign(signed),
        publicSigner.publicKeyPem());
  }

  private void append(
      String actor,
      List<String> roles,
      AuditOperation operation,
      String objectType,
      String objectId,
      List<String> fields,
      String purpose,
      String outcome) {
    chaining.append(
        new AuditRecord(
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            actor,
            roles,
            operation,
            objectType,
            objectId,
            fields,
            purpose,
            outcome));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private List<String> callerRoles() {
    List<String> held = new ArrayList<>();
    for (String role : Roles.ALL) {
      if (session.isCallerInRole(role)) {
        held.add(role);
      }
    }
    return held;
  }

  private static AuditEntryView view(AuditEntry e) {
    AuditRecord r = e.record();
    return new AuditEntryView(
        e.getSeq(),
        r.occurredAt(),
        r.actor(),
        r.roles(),
        r.operation().name(),
        r.objectType(),
        r.objectId(),
        r.fields(),
        r.purpose(),
        r.outcome(),
        e.getHash());
  }
}
