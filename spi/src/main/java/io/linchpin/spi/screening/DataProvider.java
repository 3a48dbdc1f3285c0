package io.linchpin.spi.screening;

import java.util.List;

/**
 * A configured provider. Calls may come from several threads at once. Linchpin bounds each call
 * with its own timeout, retries and circuit breaker, so an implementation should simply fail when
 * its source does not answer.
 */
public interface DataProvider extends AutoCloseable {

  /** Whether the source answers now; shown to IT and on the health endpoint. */
  Health health();

  /**
   * The source's records about one person in one category; empty when it holds none.
   *
   * @throws ProviderException when the source cannot answer (unreachable, refused, malformed)
   */
  List<ExternalRecord> lookup(Person person, String category) throws ProviderException;

  @Override
  default void close() {}
}
