package io.linchpin.screening.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.linchpin.spi.ConfigurationException;
import io.linchpin.spi.screening.DataProvider;
import io.linchpin.spi.screening.ExternalRecord;
import io.linchpin.spi.screening.Person;
import io.linchpin.spi.screening.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP/JSON source against a real local HTTP server speaking the documented contract. */
class HttpJsonProviderFactoryTest {

  private HttpServer server;
  private final AtomicReference<String> answer = new AtomicReference<>();
  private final AtomicReference<Integer> status = new AtomicReference<>(200);
  private final AtomicReference<String> received = new AtomicReference<>();
  private final AtomicReference<String> authorization = new AtomicReference<>();

  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/lookups",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            received.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/api/health",
        exchange -> {
          exchange.sendResponseHeaders(status.get() == 200 ? 200 : 503, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private DataProvider provider() throws IOException {
    Path key = dir.resolve("api.key");
    Files.writeString(key, "s3cret\n");
    HttpJsonProviderFactory f = new HttpJsonProviderFactory();
    Map<String, String> config =
        Map.of(
            "baseUrl",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/api/",
            "apiKeyFile",
            key.toString(),
            "connectTimeoutMillis",
            "1000",
            "allowPlainHttp",
            "true");
    f.validateConfiguration(config);
    return f.create(config);
  }

  @Test
  void aLookupSendsThePersonAndReadsTheRecords() throws Exception {
    answer.set(
        "{\"records\": [{\"kind\": \"JUDGEMENT\", \"reference\": \"(2025)沪0105民初1号\","
            + " \"occurredOn\": \"2025-08-01\", \"amount\": 200000, \"summary\": \"民间借贷\"}]}");
    List<ExternalRecord> records =
        provider().lookup(new Person("110105198503120014", "张三"), "COURT_RECORDS");
    assertEquals(1, records.size());
    ExternalRecord r = records.get(0);
    assertEquals("COURT_RECORDS", r.category());
    assertEquals(LocalDate.of(2025, 8, 1), r.occurredOn());
    assertEquals(new BigDecimal("200000"), r.amount());
    assertTrue(received.get().contains("\"nationalId\":\"110105198503120014\""), received.get());
    assertTrue(received.get().contains("\"category\":\"COURT_RECORDS\""), received.get());
    assertEquals("Bearer s3cret", authorization.get());
    assertTrue(provider().health().up());
  }

  @Test
  void failuresAndMalformedAnswersAreProviderExceptionsWithoutPersonalData() throws Exception {
    DataProvider p = provider();
    Person person = new Person("110105198503120014", "张三");
    status.set(503);
    answer.set("busy");
    ProviderException down =
        assertThrows(ProviderException.class, () -> p.lookup(person, "CREDIT_REPORT"));
    assertTrue(down.getMessage().endsWith("answered HTTP 503"), down.getMessage());
    assertFalse(p.health().up());
    status.set(200);
    for (String bad :
        List.of(
            "not json",
            "{\"items\": []}",
            "{\"records\": [{\"kind\": \"LISTING\"}]}",
            "{\"records\": [{\"kind\": \"LISTING\", \"reference\": \"x\", \"occurredOn\": \"2026-02-30\"}]}",
            "{\"records\": [{\"kind\": \"LISTING\", \"reference\": \"x\", \"occurredOn\": \"2026-02-01\","
                + " \"amount\": \"lots\"}]}")) {
      answer.set(bad);
      ProviderException e =
          assertThrows(ProviderException.class, () -> p.lookup(person, "CREDIT_REPORT"), bad);
      assertFalse(e.getMessage().contains("110105198503120014"), e.getMessage());
    }
    server.stop(0);
    ProviderException gone =
        assertThrows(ProviderException.class, () -> p.lookup(person, "CREDIT_REPORT"));
    assertTrue(gone.getMessage().contains("cannot be reached"), gone.getMessage());
  }

  @Test
  void badSettingsAreRefusedByName() {
    HttpJsonProviderFactory f = new HttpJsonProviderFactory();
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                f.validateConfiguration(
                    Map.of(
                        "baseUrl", "ftp://x", "apiKeyFile", "", "connectTimeoutMillis", "1000")));
    assertEquals("baseUrl", e.property());
    e =
        assertThrows(
            ConfigurationException.class,
            () ->
                f.validateConfiguration(
                    Map.of(
                        "baseUrl",
                        "https://bureau.example",
                        "apiKeyFile",
                        dir.resolve("missing").toString(),
                        "connectTimeoutMillis",
                        "1000")));
    assertEquals("apiKeyFile", e.property());
  }

  /** Defect 13: plain http was accepted and the answer read whole before its size was checked. */
  @Test
  void plainHttpNeedsExplicitConsentAndAHugeAnswerIsCutWhileItStreams() throws Exception {
    HttpJsonProviderFactory f = new HttpJsonProviderFactory();
    ConfigurationException plain =
        assertThrows(
            ConfigurationException.class,
            () ->
                f.validateConfiguration(
                    Map.of(
                        "baseUrl",
                        "http://bureau.example",
                        "apiKeyFile",
                        "",
                        "connectTimeoutMillis",
                        "1000")));
    assertEquals("baseUrl", plain.property());
    assertTrue(plain.getMessage().contains("https"), plain.getMessage());
    answer.set("{\"records\": [" + " ".repeat(6 * 1024 * 1024) + "]}");
    ProviderException huge =
        assertThrows(
            ProviderException.class,
            () -> provider().lookup(new Person("110105198503120014", "张三"), "CREDIT_REPORT"));
    assertTrue(huge.getMessage().contains("larger than 5 MB"), huge.getMessage());
  }
}
