package io.linchpin.spi.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record a source holds about a person.
 *
 * @param category one of the categories of {@link DataProviderFactory}
 * @param kind what it is, in upper case: {@code NEW_LOAN}, {@code OVERDUE_DEBT}, {@code
 *     CREDIT_INQUIRY}, {@code JUDGEMENT}, {@code LAWSUIT}, {@code LISTING}, {@code CONTRIBUTION}, …
 * @param reference the source's own identifier of the record (case number, loan id), so that the
 *     same record fetched twice is kept once
 * @param occurredOn when it happened or was recorded
 * @param amount the sum involved in yuan, or null
 * @param summary a short description as the source gives it (at most 2,000 characters)
 */
public record ExternalRecord(
    String category,
    String kind,
    String reference,
    LocalDate occurredOn,
    BigDecimal amount,
    String summary) {

  public ExternalRecord {
    Objects.requireNonNull(category);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(reference);
    Objects.requireNonNull(occurredOn);
  }
}
