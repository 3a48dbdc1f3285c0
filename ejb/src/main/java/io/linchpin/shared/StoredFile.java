package io.linchpin.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * The record of a file the vault stores encrypted under a generated name: its metadata and its own
 * key, wrapped by the key of the person it is about. The files of people and of cases are kept in
 * tables of their own, with these columns.
 */
@MappedSuperclass
public abstract class StoredFile {

  @Id
  @Column(length = 36)
  private String id;

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

  protected StoredFile() {}

  protected StoredFile(
      String id,
      String fileName,
      String contentType,
      long size,
      String fileKey,
      Instant uploadedAt,
      String uploadedBy) {
    this.id = id;
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
    this.fileKey = Objects.requireNonNull(wrappedKey);
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
