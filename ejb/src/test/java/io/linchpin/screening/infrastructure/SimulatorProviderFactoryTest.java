package io.linchpin.screening.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.spi.screening.DataProvider;
import io.linchpin.spi.screening.ExternalRecord;
import io.linchpin.spi.screening.Person;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator answers the same person the same way, by the bucket of their ID number. */
class SimulatorProviderFactoryTest {

  private final DataProvider simulator =
      new SimulatorProviderFactory().create(Map.of("latencyMillis", "0"));

  @Test
  void answersDependOnlyOnTheIdNumber() throws Exception {
    int loans = 0;
    int judgements = 0;
    for (int i = 0; i < 400; i++) {
      String id = String.format("11010119900101%03d", i) + "X";
      int bucket = SimulatorProviderFactory.bucket(id);
      assertTrue(bucket >= 0 && bucket < 100);
      List<ExternalRecord> credit = simulator.lookup(new Person(id, "张三"), "CREDIT_REPORT");
      assertEquals(credit, simulator.lookup(new Person(id, "张三"), "CREDIT_REPORT"));
      assertEquals(bucket < 10 ? 2 : bucket < 15 ? 1 : 0, credit.size(), "bucket " + bucket);
      loans += bucket < 10 ? 1 : 0;
      judgements += simulator.lookup(new Person(id, "张三"), "COURT_RECORDS").size();
      assertEquals(1, simulator.lookup(new Person(id, "张三"), "SOCIAL_INSURANCE").size());
    }
    assertTrue(loans > 10 && judgements > 5, loans + " / " + judgements);
  }
}
