package io.linchpin.people.application;

/** An account of the identity provider: its lasting id and its user name as last seen. */
public record AccountRef(long id, String username) {

  /** The id as the workflow engine keeps an assignee. */
  public String key() {
    return Long.toString(id);
  }
}
