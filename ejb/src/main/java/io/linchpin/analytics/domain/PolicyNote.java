package io.linchpin.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A policy change HR made because of what a review showed: what changed, from when, and the view
 * that was its evidence (which view, period and filters), so that a later review can set the same
 * view after the change beside it. About policy, not people: it names no one.
 */
@Entity
@Table(name = "review_policy_note")
public class PolicyNote {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_policy_note_seq")
  @SequenceGenerator(
      name = "review_policy_note_seq",
      sequenceName = "review_policy_note_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "change_text", nullable = false, length = 4000)
  private String change;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(name = "review_view", nullable = false, length = 20)
  private String view;

  @Column(name = "period_from", nullable = false)
  private LocalDate from;

  @Column(name = "period_to", nullable = false)
  private LocalDate to;

  @Column(name = "org_unit_id")
  private Long orgUnitId;

  @Column(name = "case_type", length = 40)
  private String caseType;

  @Column(name = "role_family", length = 100)
  private String roleFamily;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected PolicyNote() {}

  /** The evidence: a view and the period and filters it was seen with. */
  public record Evidence(
      String view,
      LocalDate from,
      LocalDate to,
      Long orgUnitId,
      String caseType,
      String roleFamily) {}

  public PolicyNote(
      String title,
      String change,
      LocalDate effectiveOn,
      Evidence evidence,
      Instant createdAt,
      String createdBy) {
    this.title = title;
    this.change = change;
    this.effectiveOn = effectiveOn;
    this.view = evidence.view();
    this.from = evidence.from();
    this.to = evidence.to();
    this.orgUnitId = evidence.orgUnitId();
    this.caseType = evidence.caseType();
    this.roleFamily = evidence.roleFamily();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getChange() {
    return change;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public Evidence getEvidence() {
    return new Evidence(view, from, to, orgUnitId, caseType, roleFamily);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
