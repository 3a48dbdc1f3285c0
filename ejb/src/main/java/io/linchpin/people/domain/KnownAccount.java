package io.linchpin.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An account of the identity provider that has signed in, named for good by its issuer and subject.
 * Its id is what case parties, step assignees and personal notifications refer to, so that a user
 * name deleted and created again names a new account that inherits nothing. The user name and roles
 * are those of the last sign-in: the user name for display, the roles to check whom a step may be
 * handed to.
 */
@Entity
@Table(name = "known_account")
public class KnownAccount {

  // One sequence with the bindings: the accounts known before this table existed kept their
  // binding's id, and later ids come after every id the sequence ever gave out.
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "known_account_seq")
  @SequenceGenerator(
      name = "known_account_seq",
      sequenceName = "account_binding_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String issuer;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false)
  private String username;

  @Column(nullable = false)
  private String roles;

  @Column(name = "first_seen", nullable = false, updatable = false)
  private Instant firstSeen;

  @Column(name = "last_seen", nullable = false)
  private Instant lastSeen;

  protected KnownAccount() {}

  public KnownAccount(
      String issuer, String subject, String username, Collection<String> roles, Instant at) {
    this.issuer = issuer;
    this.subject = subject;
    this.firstSeen = at;
    seen(username, roles, at);
  }

  /** Records a sign-in: the user name and roles it came with. */
  public void seen(String username, Collection<String> roles, Instant at) {
    this.username = username;
    this.roles = String.join(",", roles.stream().sorted().toList());
    this.lastSeen = at;
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

  public String getUsername() {
    return username;
  }

  public List<String> roles() {
    return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
  }

  public Instant getLastSeen() {
    return lastSeen;
  }
}
