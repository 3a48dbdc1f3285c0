package io.linchpin.extension.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linchpin.corerole.domain.module.FieldType;
import io.linchpin.corerole.domain.module.ModuleDefinition;
import io.linchpin.corerole.infrastructure.CelFormulas;
import io.linchpin.shared.FieldViolation;
import io.linchpin.spi.ConfigurationException;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example extension's definition passes the server's checks, shaped by its settings. */
class CertificationsModuleFactoryTest {

  private final CertificationsModuleFactory factory = new CertificationsModuleFactory();

  @Test
  void theSettingsShapeAValidDefinition() {
    Map<String, String> config = Map.of("expiryWarningMonths", "6", "issuers", "PMI, ISACA");
    factory.validateConfiguration(config);
    String json = factory.create(config).definition();
    List<FieldViolation> problems = new ArrayList<>();
    ModuleDefinition d;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      d = ModuleDefinition.parse(reader.readObject(), new CelFormulas(), problems);
    }
    assertTrue(problems.isEmpty(), problems.toString());
    ModuleDefinition.Field issuer =
        d.collection("certificates").orElseThrow().field("issuer").orElseThrow();
    assertEquals(FieldType.CHOICE, issuer.type());
    assertEquals(List.of("PMI", "ISACA"), issuer.choices());
    assertTrue(d.metrics().get(1).formula().contains("<= 6"));
  }

  @Test
  void settingsThatCannotWorkAreRefusedByName() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                factory.validateConfiguration(Map.of("expiryWarningMonths", "36", "issuers", "")));
    assertEquals("expiryWarningMonths", e.property());
  }
}
