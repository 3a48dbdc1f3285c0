package io.linchpin.people.application;

import java.util.Optional;

/** An account of the identity provider: its lasting id and its user name as last seen. */
public record AccountRef(long id, String username) {

  /** The id as the workflow engine keeps an assignee. */
  public String key() {
    return Long.toString(id);
  }

  /** The account id a {@link #key()} names; empty for none or a text that is no key. */
  public static Optional<Long> idOf(String key) {
    if (key == null || key.isEmpty() || key.length() > 18) {
      return Optional.empty();
    }
    for (int i = 0; i < key.length(); i++) {
      if (!Character.isDigit(key.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(Long.parseLong(key));
  }
}
