package io.linchpin.casework.domain;

import io.linchpin.shared.ErasedSubjectException;
import io.linchpin.shared.FieldSealer;
import io.linchpin.shared.Sealable;
import io.linchpin.shared.SealingListener;
import io.linchpin.shared.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A repayment of a relief loan; its amount is sealed with the person's key. Never changed. */
@Entity
@Table(name = "case_repayment")
@EntityListeners(SealingListener.class)
public class Repayment implements Sealable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_repayment_seq")
  @SequenceGenerator(
      name = "case_repayment_seq",
      sequenceName = "case_repayment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "intervention_id", nullable = false)
  private Intervention intervention;

  @Column(nullable = false)
  private int seq;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Sensitive("money the person repaid")
  @Transient
  private BigDecimal amount;

  @Column(name = "amount", length = 512)
  private String amountSealed;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Transient private FieldSealer sealer;
  @Transient private boolean open = true;

  protected Repayment() {}

  public Repayment(
      Intervention intervention,
      int seq,
      LocalDate paidOn,
      BigDecimal amount,
      Instant at,
      String by) {
    this.intervention = intervention;
    this.seq = seq;
    this.paidOn = paidOn;
    this.amount = amount;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  private String rowKey() {
    return intervention.getUid() + "#" + seq;
  }

  @Override
  public void seal(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    amountSealed =
        fieldSealer.seal(
            intervention.getCaseFile().getSubject(),
            "case_repayment",
            "amount",
            rowKey(),
            amount().toPlainString());
  }

  @Override
  public void loaded(FieldSealer fieldSealer) {
    this.sealer = fieldSealer;
    this.open = false;
  }

  /** Opens the sealed amount; zero once the person is erased. */
  public BigDecimal amount() {
    if (!open) {
      try {
        String value =
            sealer.open(
                intervention.getCaseFile().getSubject(),
                "case_repayment",
                "amount",
                rowKey(),
                amountSealed);
        amount = value == null ? BigDecimal.ZERO : new BigDecimal(value);
      } catch (ErasedSubjectException e) {
        amount = BigDecimal.ZERO;
      }
      open = true;
    }
    return amount;
  }

  public Intervention getIntervention() {
    return intervention;
  }

  public int getSeq() {
    return seq;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
