package io.linchpin.people.domain;

import io.linchpin.shared.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file about an employee (a signed agreement, a certificate). The content is stored encrypted by
 * the vault under a generated name; this record holds its metadata and its wrapped key.
 */
@Entity
@Table(name = "employee_attachment")
public class Attachment extends StoredFile {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  protected Attachment() {}

  public Attachment(
      String id,
      Employee employee,
      String fileName,
      String contentType,
      long size,
      String fileKey,
      Instant uploadedAt,
      String uploadedBy) {
    super(id, fileName, contentType, size, fileKey, uploadedAt, uploadedBy);
    this.employee = employee;
  }

  public Employee getEmployee() {
    return employee;
  }
}
