package io.linchpin.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file on a case (a lawyer's letter, a collector's message, a signed agreement). The content is
 * stored encrypted by the vault under a generated name, its key wrapped by the person's key; this
 * record holds its metadata.
 */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

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

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  protected CaseAttachment() {}

  public CaseAttachment(
      String id,
      CaseFile caseFile,
      String fileName,
      String contentType,
      long size,
      String fileKey,
      Instant uploadedAt,
      String uploadedBy) {
    this.id = id;
    this.caseFile = caseFile;
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

  public CaseFile getCaseFile() {
    return caseFile;
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
