package io.linchpin.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone working a case: they opened it, or took or completed one of its steps. */
@Entity
@Table(name = "case_party")
public class CaseParty {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_party_seq")
  @SequenceGenerator(name = "case_party_seq", sequenceName = "case_party_seq", allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(nullable = false)
  private String username;

  @Column(nullable = false)
  private Instant since;

  protected CaseParty() {}

  public CaseParty(long caseId, String username, Instant since) {
    this.caseId = caseId;
    this.username = username;
    this.since = since;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getSince() {
    return since;
  }
}
