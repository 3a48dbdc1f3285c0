package io.linchpin.corerole.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who could take over a core employee's role: how soon, and which of the incumbent's
 * customers they already know.
 */
@Entity
@Table(name = "successor_candidate")
public class SuccessorCandidate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "successor_candidate_seq")
  @SequenceGenerator(
      name = "successor_candidate_seq",
      sequenceName = "successor_candidate_seq",
      allocationSize = 10)
  private Long id;

  @Version private int version;

  @Column(name = "incumbent_id", nullable = false)
  private long incumbentId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Readiness readiness;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "successor_known_customer",
      joinColumns = @JoinColumn(name = "successor_id"))
  @Column(name = "customer", length = 2000)
  private Set<String> knownCustomers = new LinkedHashSet<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected SuccessorCandidate() {}

  public SuccessorCandidate(
      long incumbentId,
      long candidateId,
      Readiness readiness,
      Set<String> knownCustomers,
      Instant at,
      String by) {
    if (incumbentId == candidateId) {
      throw new IllegalArgumentException("no one succeeds themselves");
    }
    this.incumbentId = incumbentId;
    this.candidateId = candidateId;
    change(readiness, knownCustomers, at, by);
  }

  public void change(Readiness readiness, Set<String> knownCustomers, Instant at, String by) {
    this.readiness = Objects.requireNonNull(readiness);
    this.knownCustomers = new LinkedHashSet<>(knownCustomers);
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public long getIncumbentId() {
    return incumbentId;
  }

  public long getCandidateId() {
    return candidateId;
  }

  public Readiness getReadiness() {
    return readiness;
  }

  public Set<String> getKnownCustomers() {
    return Set.copyOf(knownCustomers);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
