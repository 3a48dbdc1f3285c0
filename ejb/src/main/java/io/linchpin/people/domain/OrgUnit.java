package io.linchpin.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node in the organisation tree. Its path ("研发中心/平台组") is derived from the names of its ancestors
 * and is unique; names are unique among siblings.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  public static final String PATH_SEPARATOR = "/";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(nullable = false, unique = true, length = 1000)
  private String path;

  @Version private int version;

  protected OrgUnit() {}

  public OrgUnit(String code, String name, OrgUnit parent) {
    this.code = code;
    this.name = name;
    this.parent = parent;
    this.path = parent == null ? name : parent.getPath() + PATH_SEPARATOR + name;
  }

  /** Takes the code another system gives the unit, e.g. when its org chart is imported. */
  public void recode(String newCode) {
    this.code = newCode;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public String getPath() {
    return path;
  }
}
