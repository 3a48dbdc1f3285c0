package io.linchpin.casework.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.casework.application.CaseFiles;
import io.linchpin.casework.domain.CaseAttachment;
import io.linchpin.casework.domain.CaseEvent;
import io.linchpin.casework.domain.CaseEventKind;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.FileTypes;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import io.linchpin.vault.application.FileVault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Checks what a file is, seals it for the case's person, and audits every download. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultCaseFiles implements CaseFiles {

  @Inject CaseRepository cases;
  @Inject FileVault files;
  @EJB CaseAccess access;
  @EJB AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  @Override
  public CaseFileView attach(long caseId, String fileName, InputStream content) {
    CaseFile c = access.visibleCase(caseId);
    String name = FileTypes.safeName(fileName);
    BufferedInputStream in = new BufferedInputStream(content);
    String type = FileTypes.require(in, name);
    FileVault.SealedFile sealed;
    try {
      sealed = files.seal(c.getSubject(), in, MAX_BYTES);
    } catch (FileVault.TooLargeException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
    Instant now = clock.instant();
    CaseAttachment a =
        new CaseAttachment(
            sealed.id(), c, name, type, sealed.size(), sealed.wrappedKey(), now, access.caller());
    cases.add(a);
    // Adding a file does not make the writer a party: parties are who work the case.
    cases.addEvent(
        new CaseEvent(c, now, access.caller(), CaseEventKind.ATTACHMENT_ADDED, null, null, name));
    audit.record(
        AuditOperation.CREATE, "case-attachment", a.getId(), List.of("content"), c.getReference());
    return view(a);
  }

  @Override
  public List<CaseFileView> list(long caseId) {
    access.readableCase(caseId);
    return cases.attachments(caseId).stream().map(DefaultCaseFiles::view).toList();
  }

  @Override
  public Download download(long caseId, String attachmentId) {
    CaseFile c = access.visibleCase(caseId);
    if (!access.canReadDetails(c)) {
      throw new NotFoundException("Attachment", attachmentId);
    }
    CaseAttachment a =
        cases
            .attachment(caseId, attachmentId)
            .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    InputStream content;
    try {
      content = files.open(c.getSubject(), a.getId(), a.getFileKey());
    } catch (RuntimeException e) {
      throw new NotFoundException("Content of attachment", attachmentId + " (no longer readable)");
    }
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        "case-attachment",
        a.getId(),
        List.of("content"),
        c.getReference(),
        "ALLOWED");
    return new Download(view(a), content);
  }

  private static CaseFileView view(CaseAttachment a) {
    return new CaseFileView(
        a.getId(),
        a.getFileName(),
        a.getContentType(),
        a.getSize(),
        a.getUploadedAt(),
        a.getUploadedBy());
  }
}
