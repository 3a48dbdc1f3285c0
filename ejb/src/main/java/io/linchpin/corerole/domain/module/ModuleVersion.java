package io.linchpin.corerole.domain.module;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a module's definition, kept for good: records name the version they were entered
 * under, and the highest version is the one in force.
 */
@Entity
@Table(name = "module_version")
public class ModuleVersion {

  /** Where a definition came from. */
  public enum Source {
    /** Defined by HR in the portal or the API. */
    HR,
    /** Shipped with Linchpin as a template. */
    TEMPLATE,
    /** Provided by an extension jar. */
    EXTENSION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_version_seq")
  @SequenceGenerator(
      name = "module_version_seq",
      sequenceName = "module_version_seq",
      allocationSize = 10)
  private Long id;

  @Column(name = "module_key", nullable = false, length = 48)
  private String moduleKey;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "role_family", length = 100)
  private String roleFamily;

  @Column(nullable = false)
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String definition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Source source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected ModuleVersion() {}

  public ModuleVersion(
      ModuleDefinition definition, int versionNo, Source source, Instant at, String by) {
    this.moduleKey = definition.key();
    this.versionNo = versionNo;
    this.name = definition.name();
    this.roleFamily = definition.roleFamily();
    this.definition = definition.toJson().toString();
    this.source = Objects.requireNonNull(source);
    this.createdAt = Objects.requireNonNull(at);
    this.createdBy = Objects.requireNonNull(by);
  }

  public Long getId() {
    return id;
  }

  public String getModuleKey() {
    return moduleKey;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getName() {
    return name;
  }

  public String getRoleFamily() {
    return roleFamily;
  }

  /** The definition as stored (canonical JSON). */
  public String getDefinition() {
    return definition;
  }

  public Source getSource() {
    return source;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
