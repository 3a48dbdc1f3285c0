package io.linchpin.casework.application;

/**
 * Seeds the demo with cases a new user can look at at once: one open debt-collection case whose HR
 * conversation is done and which waits for Legal and the business head, and one closed case with
 * its whole timeline. Used only by the demo company, in its transaction.
 */
public interface DemoCases {

  /** A person of the demo company a case is about. */
  record Person(long id, String dataSubject) {}

  void seed(Person open, Person closed);
}
