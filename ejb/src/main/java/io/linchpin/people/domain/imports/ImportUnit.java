package io.linchpin.people.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * An org unit an import touched: a unit it created or changed, or the unit of a person whose row it
 * wrote (before and after a transfer). An HR business partner sees the imports that touched one of
 * their units, and no other.
 */
@Entity
@Table(name = "import_unit")
@IdClass(ImportUnit.Key.class)
public class ImportUnit {

  @Id
  @Column(name = "import_id", nullable = false, updatable = false)
  private long importId;

  @Id
  @Column(name = "org_unit_id", nullable = false, updatable = false)
  private long orgUnitId;

  protected ImportUnit() {}

  public ImportUnit(long importId, long orgUnitId) {
    this.importId = importId;
    this.orgUnitId = orgUnitId;
  }

  public long getOrgUnitId() {
    return orgUnitId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long importId;
    private long orgUnitId;

    public Key() {}

    public Key(long importId, long orgUnitId) {
      this.importId = importId;
      this.orgUnitId = orgUnitId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.importId == importId && k.orgUnitId == orgUnitId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(importId) * 31 + Long.hashCode(orgUnitId);
    }
  }
}
