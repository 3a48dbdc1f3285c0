package io.linchpin.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the API as one user (or anonymous). */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String user;
  private final String fixedToken;

  private Api(String base, String user, String fixedToken) {
    this.base = base;
    this.user = user;
    this.fixedToken = fixedToken;
  }

  /**
   * Calls as a user signed in through the test Keycloak (a bearer token from the password grant).
   */
  static Api as(String base, String user) {
    return new Api(base, user, null);
  }

  /** Calls with exactly this bearer token (forged, expired or foreign tokens included). */
  static Api withToken(String base, String token) {
    return new Api(base, null, token);
  }

  static Api anonymous(String base) {
    return new Api(base, null, null);
  }

  /** A response: status, headers, body as text and as JSON. */
  record Reply(int status, String contentType, String location, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    /** The fields a problem answer names in its {@code errors}. */
    java.util.Set<String> fields() {
      java.util.Set<String> fields = new java.util.HashSet<>();
      json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
      return fields;
    }
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET with extra headers ({@code Accept}, …), the path sent exactly as written. */
  Reply get(String path, Map<String, String> headers) {
    HttpRequest.Builder b = request(path).GET();
    headers.forEach(b::header);
    return send(b);
  }

  Reply post(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  Reply put(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method with a raw body. */
  Reply send(String method, String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply postRaw(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A GET whose body is kept as bytes (downloads). */
  byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> r =
          CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError("download answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  Reply postText(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (fixedToken != null) {
      b.header("Authorization", "Bearer " + fixedToken);
    } else if (user != null) {
      b.header("Authorization", "Bearer " + Tokens.of(user));
    }
    return b;
  }

  private static String toJson(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Location").orElse(null),
          r.body());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
