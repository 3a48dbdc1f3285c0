package io.linchpin.corerole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A step of a transition plan: what, who does it, by when, whether it is done. */
@Entity
@Table(name = "transition_task")
public class TransitionTask {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transition_task_seq")
  @SequenceGenerator(
      name = "transition_task_seq",
      sequenceName = "transition_task_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "incumbent_id", nullable = false)
  private long incumbentId;

  @Column(name = "successor_id", nullable = false)
  private long successorId;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected TransitionTask() {}

  public TransitionTask(
      long incumbentId,
      long successorId,
      String title,
      long ownerId,
      LocalDate due,
      Instant at,
      String by) {
    this.incumbentId = incumbentId;
    this.successorId = successorId;
    this.title = Objects.requireNonNull(title);
    this.ownerId = ownerId;
    this.due = Objects.requireNonNull(due);
    this.createdAt = at;
    this.createdBy = by;
  }

  public void done(boolean done, Instant at) {
    this.doneAt = done ? at : null;
  }

  public Long getId() {
    return id;
  }

  public long getIncumbentId() {
    return incumbentId;
  }

  public long getSuccessorId() {
    return successorId;
  }

  public String getTitle() {
    return title;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public LocalDate getDue() {
    return due;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
