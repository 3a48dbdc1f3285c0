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

/**
 * An account of the company's identity provider, named for good by its issuer and subject, bound to
 * the employee record it stands for. A binding is made once and never moved to another record or
 * account: a changed user name, e-mail address or employee-number claim changes nothing. Only an HR
 * administrator can remove it.
 */
@Entity
@Table(name = "account_binding")
public class AccountBinding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_binding_seq")
  @SequenceGenerator(
      name = "account_binding_seq",
      sequenceName = "account_binding_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 255, updatable = false)
  private String issuer;

  @Column(nullable = false, length = 255, updatable = false)
  private String subject;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false, updatable = false)
  private Employee employee;

  @Column(nullable = false, length = 255, updatable = false)
  private String username;

  @Column(name = "bound_at", nullable = false, updatable = false)
  private Instant boundAt;

  protected AccountBinding() {}

  public AccountBinding(
      String issuer, String subject, Employee employee, String username, Instant boundAt) {
    this.issuer = issuer;
    this.subject = subject;
    this.employee = employee;
    this.username = username;
    this.boundAt = boundAt;
  }

  public Long getId() {
    return id;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getSubject() {
    return subject;
  }

  public Employee getEmployee() {
    return employee;
  }

  public String getUsername() {
    return username;
  }

  public Instant getBoundAt() {
    return boundAt;
  }
}
