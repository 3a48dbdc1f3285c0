package io.linchpin.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A position people hold (e.g. "Key account manager"); the core-role registry scores these. */
@Entity
@Table(name = "job_position")
public class Position {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
  @SequenceGenerator(name = "position_seq", sequenceName = "position_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "job_family", length = 100)
  private String jobFamily;

  @Version private int version;

  protected Position() {}

  public Position(String code, String title, String jobFamily) {
    this.code = code;
    this.title = title;
    this.jobFamily = jobFamily;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getJobFamily() {
    return jobFamily;
  }
}
