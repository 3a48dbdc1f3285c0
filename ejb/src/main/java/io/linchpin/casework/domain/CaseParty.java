package io.linchpin.casework.domain;

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

/**
 * An account working a case, and so reading it: it opened the case, took, was handed or completed
 * one of its steps, or an HR admin granted it. Named by the account's lasting id, never by its user
 * name; revoking removes the row.
 */
@Entity
@Table(name = "case_party")
public class CaseParty {

  /** How the account came to work the case. */
  public enum How {
    OPENED,
    CLAIMED,
    HANDED,
    COMPLETED,
    GRANTED,
    /** On record from before parties were kept per account. */
    RECORDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_party_seq")
  @SequenceGenerator(name = "case_party_seq", sequenceName = "case_party_seq", allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private How how;

  @Column(name = "granted_by", updatable = false)
  private String grantedBy;

  @Column(nullable = false, updatable = false)
  private Instant since;

  protected CaseParty() {}

  public CaseParty(
      long caseId, long accountId, String username, How how, String grantedBy, Instant since) {
    this.caseId = caseId;
    this.accountId = accountId;
    this.username = username;
    this.how = how;
    this.grantedBy = grantedBy;
    this.since = since;
  }

  public long getCaseId() {
    return caseId;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getUsername() {
    return username;
  }

  public How getHow() {
    return how;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public Instant getSince() {
    return since;
  }
}
