package io.linchpin.screening.infrastructure;

import io.linchpin.spi.ConfigProperty;
import io.linchpin.spi.ConfigurationException;
import io.linchpin.spi.screening.DataProvider;
import io.linchpin.spi.screening.DataProviderFactory;
import io.linchpin.spi.screening.ExternalRecord;
import io.linchpin.spi.screening.Health;
import io.linchpin.spi.screening.Person;
import io.linchpin.spi.screening.ProviderException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source reached over HTTP with JSON, by the contract in the admin guide: {@code POST
 * <baseUrl>/lookups} with {@code {"nationalId", "fullName", "category"}} answers {@code 200} and
 * {@code {"records": [{"kind", "reference", "occurredOn", "amount", "summary"}]}}; {@code GET
 * <baseUrl>/health} answers {@code 200} when the source is up. The API key, if any, is read from a
 * file and sent as a bearer token. Linchpin's call guard adds the timeout, retries and circuit
 * breaker.
 */
public class HttpJsonProviderFactory implements DataProviderFactory {

  public static final String ID = "http-json";
  private static final int MAX_ANSWER = 5 * 1024 * 1024;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "A source answering Linchpin's HTTP/JSON look-up contract";
  }

  @Override
  public Set<String> categories() {
    return ALL_CATEGORIES;
  }

  @Override
  public List<ConfigProperty> configProperties() {
    return List.of(
        new ConfigProperty(
            "baseUrl",
            "Where the source answers (https://…)",
            ConfigProperty.Type.STRING,
            null,
            true),
        new ConfigProperty(
            "apiKeyFile",
            "A file holding the API key, readable by the service user only",
            ConfigProperty.Type.STRING,
            null,
            false),
        new ConfigProperty(
            "connectTimeoutMillis", "Time to connect", ConfigProperty.Type.INT, "3000", false),
        new ConfigProperty(
            "allowPlainHttp",
            "Allow http:// (national IDs then cross the network in clear): only for a source on"
                + " the same machine",
            ConfigProperty.Type.BOOLEAN,
            "false",
            false));
  }

  @Override
  public void validateConfiguration(Map<String, String> config) {
    URI uri;
    try {
      uri = new URI(config.get("baseUrl"));
    } catch (URISyntaxException e) {
      throw new ConfigurationException("baseUrl", "is not a URL");
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new ConfigurationException("baseUrl", "must be an http or https URL with a host");
    }
    if ("http".equals(uri.getScheme()) && !"true".equals(config.get("allowPlainHttp"))) {
      throw new ConfigurationException(
          "baseUrl",
          "must be https: a look-up sends national IDs; set allowPlainHttp=true only for a source"
              + " on the same machine");
    }
    String keyFile = config.get("apiKeyFile");
    if (keyFile != null && !keyFile.isBlank() && !Files.isReadable(Path.of(keyFile))) {
      throw new ConfigurationException("apiKeyFile", "cannot be read");
    }
    int connect = Integer.parseInt(config.get("connectTimeoutMillis"));
    if (connect < 100 || connect > 60_000) {
      throw new ConfigurationException("connectTimeoutMillis", "must be from 100 to 60000");
    }
  }

  @Override
  public DataProvider create(Map<String, String> config) {
    String keyFile = config.get("apiKeyFile");
    String key = null;
    if (keyFile != null && !keyFile.isBlank()) {
      try {
        key = Files.readString(Path.of(keyFile), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new ConfigurationException("apiKeyFile", "cannot be read");
      }
    }
    String base = config.get("baseUrl").replaceAll("/+$", "");
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(Integer.parseInt(config.get("connectTimeoutMillis"))))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new HttpJson(client, URI.create(base + "/lookups"), URI.create(base + "/health"), key);
  }

  /** The configured source. */
  static final class HttpJson implements DataProvider {

    private final HttpClient client;
    private final URI lookups;
    private final URI health;
    private final String apiKey;

    HttpJson(HttpClient client, URI lookups, URI health, String apiKey) {
      this.client = client;
      this.lookups = lookups;
      this.health = health;
      this.apiKey = apiKey;
    }

    @Override
    public Health health() {
      try {
        HttpResponse<Void> r =
            client.send(request(health).GET().build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200
            ? Health.up(health.getHost())
            : Health.down(health.getHost() + " answered HTTP " + r.statusCode());
      } catch (IOException e) {
        return Health.down(
            health.getHost() + " cannot be reached: " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Health.down("interrupted");
      }
    }

    @Override
    public List<ExternalRecord> lookup(Person person, String category) throws ProviderException {
      JsonObject body =
          Json.createObjectBuilder()
              .add("nationalId", person.nationalId())
              .add("fullName", person.fullName() == null ? "" : person.fullName())
              .add("category", category)
              .build();
      String answer;
      try {
        HttpResponse<InputStream> r =
            client.send(
                request(lookups)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            body.toString(), StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        // Read while it streams, and stop at the cap: a source cannot make the server hold more.
        try (InputStream in = r.body()) {
          if (r.statusCode() != 200) {
            throw new ProviderException(lookups.getHost() + " answered HTTP " + r.statusCode());
          }
          byte[] bytes = in.readNBytes(MAX_ANSWER + 1);
          if (bytes.length > MAX_ANSWER) {
            throw new ProviderException("the answer is larger than 5 MB");
          }
          answer = new String(bytes, StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new ProviderException(
            lookups.getHost() + " cannot be reached: " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProviderException("interrupted");
      }
      return records(answer, category);
    }

    private HttpRequest.Builder request(URI uri) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "application/json");
      if (apiKey != null) {
        b.header("Authorization", "Bearer " + apiKey);
      }
      return b;
    }

    static List<ExternalRecord> records(String body, String category) throws ProviderException {
      JsonValue root;
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        root = reader.readValue();
      } catch (RuntimeException e) {
        throw new ProviderException("the answer is not JSON");
      }
      if (!(root instanceof JsonObject o) || !(o.get("records") instanceof JsonArray array)) {
        throw new ProviderException("the answer has no array \"records\"");
      }
      List<ExternalRecord> records = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof JsonObject r)) {
          throw new ProviderException("records[" + i + "] is not an object");
        }
        String kind = text(r, "kind");
        String reference = text(r, "reference");
        String occurred = text(r, "occurredOn");
        if (kind == null || reference == null || occurred == null) {
          throw new ProviderException("records[" + i + "] lacks kind, reference or occurredOn");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(occurred);
        } catch (DateTimeParseException e) {
          throw new ProviderException("records[" + i + "].occurredOn is not a date");
        }
        JsonValue amount = r.get("amount");
        if (amount != null
            && amount.getValueType() != JsonValue.ValueType.NULL
            && !(amount instanceof JsonNumber)) {
          throw new ProviderException("records[" + i + "].amount is not a number");
        }
        records.add(
            new ExternalRecord(
                category,
                kind,
                reference,
                date,
                amount instanceof JsonNumber n ? n.bigDecimalValue() : null,
                text(r, "summary")));
      }
      return records;
    }

    private static String text(JsonObject o, String key) {
      return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
  }
}
