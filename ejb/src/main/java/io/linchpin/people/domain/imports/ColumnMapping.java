package io.linchpin.people.domain.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/** How another system names its columns: source header to Linchpin field, saved under a name. */
@Entity
@Table(name = "import_mapping")
public class ColumnMapping {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_mapping_seq")
  @SequenceGenerator(
      name = "import_mapping_seq",
      sequenceName = "import_mapping_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "import_mapping_column", joinColumns = @JoinColumn(name = "mapping_id"))
  @MapKeyColumn(name = "source_header", length = 200)
  @Column(name = "target_field", nullable = false, length = 64)
  private Map<String, String> columns = new HashMap<>();

  @Version private int version;

  protected ColumnMapping() {}

  public ColumnMapping(String name) {
    this.name = name;
  }

  public void replaceColumns(Map<String, ImportField> mapping) {
    columns.clear();
    mapping.forEach((header, field) -> columns.put(header, field.apiName()));
  }

  public String getName() {
    return name;
  }

  /** Source header to field. */
  public Map<String, ImportField> fields() {
    Map<String, ImportField> result = new HashMap<>();
    columns.forEach(
        (header, field) -> ImportField.forApiName(field).ifPresent(f -> result.put(header, f)));
    return result;
  }
}
