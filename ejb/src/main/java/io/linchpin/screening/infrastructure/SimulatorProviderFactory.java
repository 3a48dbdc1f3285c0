package io.linchpin.screening.infrastructure;

import io.linchpin.spi.ConfigProperty;
import io.linchpin.spi.ConfigurationException;
import io.linchpin.spi.screening.DataProvider;
import io.linchpin.spi.screening.DataProviderFactory;
import io.linchpin.spi.screening.ExternalRecord;
import io.linchpin.spi.screening.Health;
import io.linchpin.spi.screening.Person;
import io.linchpin.spi.screening.ProviderException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for real sources, for demonstrations and tests: answers every category with made-up
 * records that depend only on the ID number, so the same person always gets the same answer. Never
 * switch it on in production.
 *
 * <p>From the ID number's bucket ({@link #bucket}, 0–99): 0–9 two new online loans this quarter;
 * 10–14 an overdue debt; 20–24 a court judgement; 30–31 a dishonest-debtor listing (with 20–24
 * also); everyone a social-insurance contribution by the current employer.
 */
public class SimulatorProviderFactory implements DataProviderFactory {

  public static final String ID = "simulator";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Simulated sources for demonstrations and tests (never in production)";
  }

  @Override
  public Set<String> categories() {
    return ALL_CATEGORIES;
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            "latencyMillis", "How long each answer takes", ConfigProperty.Type.INT, "20", false));
  }

  @Override
  public void validateConfiguration(Map<String, String> config) {
    int latency = Integer.parseInt(config.get("latencyMillis"));
    if (latency < 0 || latency > 60_000) {
      throw new ConfigurationException("latencyMillis", "must be from 0 to 60000");
    }
  }

  @Override
  public DataProvider create(Map<String, String> config) {
    return new Simulator(Integer.parseInt(config.get("latencyMillis")), Clock.systemDefaultZone());
  }

  /** Where an ID number falls, 0–99: decides what the simulator answers about it. */
  public static int bucket(String nationalId) {
    return Byte.toUnsignedInt(digest(nationalId)[0]) * 100 / 256;
  }

  static byte[] digest(String nationalId) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("linchpin-simulator|" + nationalId).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The configured simulator. */
  static final class Simulator implements DataProvider {

    private final int latencyMillis;
    private final Clock clock;

    Simulator(int latencyMillis, Clock clock) {
      this.latencyMillis = latencyMillis;
      this.clock = clock;
    }

    @Override
    public Health health() {
      return Health.up("simulated");
    }

    @Override
    public List<ExternalRecord> lookup(Person person, String category) throws ProviderException {
      if (latencyMillis > 0) {
        try {
          Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ProviderException("interrupted");
        }
      }
      int bucket = bucket(person.nationalId());
      String ref = HexFormat.of().formatHex(digest(person.nationalId()), 1, 6).toUpperCase();
      LocalDate today = LocalDate.now(clock);
      LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
      List<ExternalRecord> records = new ArrayList<>();
      switch (category) {
        case CREDIT_REPORT -> {
          if (bucket < 10) {
            records.add(
                new ExternalRecord(
                    category,
                    "NEW_LOAN",
                    "SIM-LOAN-" + ref + "-1",
                    quarter.plusDays(3),
                    new BigDecimal("30000"),
                    "网络小额贷款，期限12个月 / online micro-loan, 12 months"));
            records.add(
                new ExternalRecord(
                    category,
                    "NEW_LOAN",
                    "SIM-LOAN-" + ref + "-2",
                    quarter.plusDays(17),
                    new BigDecimal("50000"),
                    "消费分期贷款，期限24个月 / consumer instalment loan, 24 months"));
          } else if (bucket < 15) {
            records.add(
                new ExternalRecord(
                    category,
                    "OVERDUE_DEBT",
                    "SIM-OVERDUE-" + ref,
                    quarter.minusMonths(2),
                    new BigDecimal("12000"),
                    "信用卡逾期90天以上 / credit card more than 90 days overdue"));
          }
        }
        case COURT_RECORDS -> {
          if (bucket >= 20 && bucket < 25) {
            records.add(
                new ExternalRecord(
                    category,
                    "JUDGEMENT",
                    "(" + (today.getYear() - 1) + ")沪0105民初" + ref.substring(0, 5) + "号",
                    today.withDayOfMonth(15).minusMonths(1),
                    new BigDecimal("200000"),
                    "民间借贷纠纷，判决被告偿还本息 / private lending dispute, ordered to repay"));
          }
        }
        case DISHONEST_DEBTOR -> {
          if (bucket >= 30 && bucket < 32) {
            records.add(
                new ExternalRecord(
                    category,
                    "LISTING",
                    "SIM-DISHONEST-" + ref,
                    quarter.minusMonths(1),
                    null,
                    "有履行能力而拒不履行生效法律文书确定义务 / refused to perform a judgement"));
          }
        }
        case SOCIAL_INSURANCE ->
            records.add(
                new ExternalRecord(
                    category,
                    "CONTRIBUTION",
                    "SIM-SI-" + ref + "-" + today.withDayOfMonth(1),
                    today.withDayOfMonth(1),
                    null,
                    "当前单位正常缴纳 / paid by the current employer"));
        default -> throw new ProviderException("unknown category " + category);
      }
      return records;
    }
  }
}
