package io.linchpin.people.domain.imports;

import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * The bytes of an uploaded file, apart from the job so that following an import's progress never
 * reads the file. Stored sealed; once the import has ended the file is deleted and its key
 * destroyed, so no copy of it (a database page, a backup) can be read again.
 */
@Entity
@Table(name = "import_file")
@EntityListeners(SealingListener.class)
public class ImportFile implements Sealable {

  @Id
  @Column(name = "import_id")
  private Long importId;

  @Lob
  @Column(name = "content", nullable = false)
  private byte[] sealedContent;

  @Sensitive("uploaded files carry every field of the people in them")
  @Transient
  private byte[] content;

  @Transient private FieldSealer sealer;

  protected ImportFile() {}

  public ImportFile(Long importId, byte[] content) {
    this.importId = importId;
    this.content = content;
  }

  /** Files are sealed with a key of their own, destroyed once the import has ended. */
  public static String subject(long importId) {
    return "import:" + importId;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    sealedContent =
        fieldSealer.sealBytes(
            subject(importId), "import_file", "content", importId.toString(), content);
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
  }

  public byte[] getContent() {
    if (content == null) {
      content =
          sealer.openBytes(
              subject(importId), "import_file", "content", importId.toString(), sealedContent);
    }
    return content;
  }
}
