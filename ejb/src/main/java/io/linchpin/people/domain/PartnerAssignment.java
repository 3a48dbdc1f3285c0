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
import java.time.Instant;

/** An org unit (with its subtree) that an HR business partner looks after. */
@Entity
@Table(name = "hr_partner_unit")
public class PartnerAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hr_partner_unit_seq")
  @SequenceGenerator(
      name = "hr_partner_unit_seq",
      sequenceName = "hr_partner_unit_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partner_id", nullable = false, updatable = false)
  private Employee partner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
  private OrgUnit orgUnit;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private Instant assignedAt;

  @Column(name = "assigned_by", nullable = false, length = 255, updatable = false)
  private String assignedBy;

  protected PartnerAssignment() {}

  public PartnerAssignment(
      Employee partner, OrgUnit orgUnit, Instant assignedAt, String assignedBy) {
    this.partner = partner;
    this.orgUnit = orgUnit;
    this.assignedAt = assignedAt;
    this.assignedBy = assignedBy;
  }

  public Long getId() {
    return id;
  }

  public Employee getPartner() {
    return partner;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public String getAssignedBy() {
    return assignedBy;
  }
}
