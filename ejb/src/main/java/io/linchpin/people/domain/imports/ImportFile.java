package io.linchpin.people.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded file, apart from the job so that following an import's progress never
 * reads the file.
 */
@Entity
@Table(name = "import_file")
public class ImportFile {

  @Id
  @Column(name = "import_id")
  private Long importId;

  @Lob
  @Column(nullable = false)
  private byte[] content;

  protected ImportFile() {}

  public ImportFile(Long importId, byte[] content) {
    this.importId = importId;
    this.content = content;
  }

  public byte[] getContent() {
    return content;
  }
}
