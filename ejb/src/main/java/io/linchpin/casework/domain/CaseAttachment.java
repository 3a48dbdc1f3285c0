package io.linchpin.casework.domain;

import io.linchpin.shared.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
public class CaseAttachment extends StoredFile {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

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
    super(id, fileName, contentType, size, fileKey, uploadedAt, uploadedBy);
    this.caseFile = caseFile;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }
}
