package io.linchpin.screening.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The external sources IT has configured, as screening sees them. */
public interface ExternalSources {

  /**
   * The source that answers a category: the one named (if configured and able to), otherwise the
   * first configured one that can.
   */
  Optional<String> sourceFor(DataCategory category, String preferred);

  /**
   * What a source holds about a person in a category.
   *
   * @throws SourceUnavailableException when it cannot answer
   */
  List<SourceRecord> lookup(
      String source, String nationalId, String fullName, DataCategory category)
      throws SourceUnavailableException;

  /** Every how many days in-service checks ask the source again; 0: never by schedule. */
  int everyDays(String source);

  /** Every configured source with whether it answers now. */
  List<SourceStatus> status();

  /** One record a source holds. */
  record SourceRecord(
      String kind, String reference, LocalDate occurredOn, BigDecimal amount, String summary) {}

  /** A configured source. */
  record SourceStatus(
      String id, String description, Set<DataCategory> categories, boolean up, String detail) {}

  /** A source could not answer; the message names no person. */
  class SourceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
