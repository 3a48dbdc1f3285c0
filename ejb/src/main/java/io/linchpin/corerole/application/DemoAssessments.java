package io.linchpin.corerole.application;

import java.util.List;

/**
 * Seeds the demo registry: the key account managers, architects and senior engineers assessed with
 * evidence, among them the two sales managers of the product brief. Used only by the demo company,
 * in its transaction.
 */
public interface DemoAssessments {

  /** A person of the demo company, with the code of their position. */
  record Person(long id, String dataSubject, Long positionId, String positionCode) {}

  /**
   * {@code thirtyPercent}: the sales manager holding 30% of annual sales; {@code longCustomers}:
   * the one holding 20% of customers, 60% of them for more than five years; {@code others}: the
   * rest to assess.
   */
  void seed(Person thirtyPercent, Person longCustomers, List<Person> others);
}
