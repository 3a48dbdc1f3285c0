package io.linchpin.spi.screening;

import io.linchpin.spi.ConfigProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a provider of external records from configuration. Implementations are found through {@link
 * java.util.ServiceLoader} ({@code
 * META-INF/services/io.linchpin.spi.screening.DataProviderFactory}) and must have a public
 * no-argument constructor.
 *
 * <p>At start the server reads each {@link #configProperties() property} of every provider named in
 * {@code linchpin.screening.providers} from {@code linchpin.screening.<id>.<name>} (or its
 * default), checks required ones and types, calls {@link #validateConfiguration}, then {@link
 * #create}. Any failure stops the start with a message naming the provider and the setting.
 */
public interface DataProviderFactory {

  /** Credit report summaries: loans, overdue debts, inquiries. */
  String CREDIT_REPORT = "CREDIT_REPORT";

  /** Court judgements and pending lawsuits. */
  String COURT_RECORDS = "COURT_RECORDS";

  /** Listings as a dishonest judgement debtor (失信被执行人). */
  String DISHONEST_DEBTOR = "DISHONEST_DEBTOR";

  /** Social-insurance contribution records. */
  String SOCIAL_INSURANCE = "SOCIAL_INSURANCE";

  /** Every category, for a provider that answers them all. */
  Set<String> ALL_CATEGORIES =
      Set.of(CREDIT_REPORT, COURT_RECORDS, DISHONEST_DEBTOR, SOCIAL_INSURANCE);

  /** Lower-case letters, digits and '-': names the settings ({@code linchpin.screening.<id>.…}). */
  String id();

  /** One line for IT: where the records come from. */
  String description();

  /** The categories this provider can answer, of the four above. */
  Set<String> categories();

  List<ConfigProperty> configProperties();

  /** Refuses settings that parse but cannot work together; the map holds every property. */
  default void validateConfiguration(Map<String, String> config) {}

  DataProvider create(Map<String, String> config);
}
