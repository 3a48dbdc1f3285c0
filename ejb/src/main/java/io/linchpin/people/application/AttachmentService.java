package io.linchpin.people.application;

import io.linchpin.shared.EmployeeId;
import java.io.InputStream;
import java.util.List;

/**
 * Files about an employee, stored encrypted with a key bound to the person: an erased person's
 * files become unreadable with the rest of their data. Only PDF, PNG, JPEG and Office documents,
 * judged by their content, up to {@link #MAX_BYTES}.
 */
public interface AttachmentService {

  long MAX_BYTES = 20L * 1024 * 1024;

  AttachmentView upload(EmployeeId employee, String fileName, InputStream content);

  List<AttachmentView> list(EmployeeId employee);

  /** The file's metadata and content; the read is audited. */
  Download download(EmployeeId employee, String attachmentId, String purpose);

  /** A file to send: what it is and a stream of its content. */
  record Download(AttachmentView attachment, InputStream content) {}
}
