package io.linchpin.people.application.internal;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.people.application.AttachmentService;
import io.linchpin.people.application.AttachmentView;
import io.linchpin.people.domain.Attachment;
import io.linchpin.people.domain.Employee;
import io.linchpin.people.domain.EmployeeRepository;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.EmployeeId;
import io.linchpin.shared.FileTypes;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.NotFoundException;
import io.linchpin.shared.Roles;
import io.linchpin.vault.application.FileVault;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/** Checks what a file is, seals it for the person, keeps its metadata, audits every download. */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class DefaultAttachmentService implements AttachmentService {

  @Inject EmployeeRepository employees;
  @EJB AccessScopes scopes;
  @Inject FileVault files;
  @EJB AuditLog audit;
  @Resource SessionContext session;

  private final Clock clock = Clock.systemUTC();

  @Override
  @RolesAllowed(Roles.HR_ADMIN)
  public AttachmentView upload(EmployeeId id, String fileName, InputStream content) {
    Employee e = load(id);
    if (e.isErased()) {
      throw new ConflictException("employee", "the person's data was erased; nothing can be added");
    }
    String name = FileTypes.safeName(fileName);
    BufferedInputStream in = new BufferedInputStream(content);
    String type = FileTypes.require(in, name);
    FileVault.SealedFile sealed;
    try {
      sealed = files.seal(e.subject(), in, MAX_BYTES);
    } catch (FileVault.TooLargeException ex) {
      throw new InvalidInputException("file", ex.getMessage());
    }
    Attachment attachment =
        new Attachment(
            sealed.id(),
            e,
            name,
            type,
            sealed.size(),
            sealed.wrappedKey(),
            clock.instant(),
            session.getCallerPrincipal().getName());
    employees.add(attachment);
    audit.record(
        AuditOperation.CREATE, "attachment", sealed.id(), List.of("content"), "employee " + id);
    return view(attachment);
  }

  @Override
  public List<AttachmentView> list(EmployeeId id) {
    return employees.attachments(load(id)).stream().map(DefaultAttachmentService::view).toList();
  }

  @Override
  public Download download(EmployeeId id, String attachmentId, String purpose) {
    Employee e = load(id);
    Attachment a =
        employees
            .attachment(attachmentId)
            .filter(found -> found.getEmployee().getId().equals(e.getId()))
            .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    if (e.isErased()) {
      throw new NotFoundException(
          "Content of attachment", attachmentId + " (the person was erased)");
    }
    audit.recordNow(
        AuditOperation.READ_SENSITIVE,
        "attachment",
        a.getId(),
        List.of("content"),
        purpose,
        "ALLOWED");
    return new Download(view(a), files.open(e.subject(), a.getId(), a.getFileKey()));
  }

  /** Attachments are sensitive: only callers who see the person's sensitive fields see them. */
  private Employee load(EmployeeId id) {
    Employee e =
        employees.find(id.value()).orElseThrow(() -> new NotFoundException("Employee", id));
    if (!e.sensitiveVisibleTo(scopes.visibility())) {
      throw new NotFoundException("Employee", id);
    }
    return e;
  }

  private static AttachmentView view(Attachment a) {
    return new AttachmentView(
        a.getId(),
        a.getFileName(),
        a.getContentType(),
        a.getSize(),
        a.getUploadedAt(),
        a.getUploadedBy());
  }
}
