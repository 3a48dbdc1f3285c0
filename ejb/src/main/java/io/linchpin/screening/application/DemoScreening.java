package io.linchpin.screening.application;

/**
 * Seeds the demo's screening story: a core engineer who consented to credit checks and has two new
 * online loans on record, a sales manager who consented to court-record checks and has a judgement,
 * and the demo employee login with a consent request waiting for their answer. Used only by the
 * demo company, in its transaction.
 */
public interface DemoScreening {

  /**
   * A person of the demo company, with what a lookup in a source needs: the data subject their
   * findings are sealed for, their national ID and name.
   */
  record Person(
      long id, String employeeNumber, String dataSubject, String nationalId, String fullName) {}

  void seed(Person engineer, Person salesManager, Person employeeLogin);
}
