package io.linchpin.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
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
public class Attachment {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "file_key", nullable = false, length = 1000)
  private String fileKey;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

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
    this.id = id;
    this.employee = employee;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.fileKey = fileKey;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public String getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getFileKey() {
    return fileKey;
  }

  /** The file's key, wrapped again after the person's data key was rotated. */
  public void rewrapped(String wrappedKey) {
    this.fileKey = java.util.Objects.requireNonNull(wrappedKey);
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
