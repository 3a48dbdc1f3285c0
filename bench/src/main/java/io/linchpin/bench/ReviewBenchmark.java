package io.linchpin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review's views on a large company: a copy of the installer is started with {@code
 * bin/linchpin demo}, a benchmark WAR seeds N employees, C closed cases and A alerts over three
 * years and L relief loans; then, as an HR admin (who sees everyone, the largest scope), each view
 * of {@code /api/v1/review} is requested through the real API with a bearer token, one request at a
 * time, for twelve months and for three years, each request ending on another day so that no result
 * is reused, and its latencies reported (goal: p95 under 300 ms), beside one hand-written SQL
 * aggregate over the same cases.
 *
 * <p>Arguments: installer folder, work folder, N (default 100,000), C (20,000), A (150,000), L
 * (2,000), requests per view (100), the views to measure (by default all: {@code
 * risk,cases,root-causes,alerts,interventions}).
 */
public final class ReviewBenchmark {

  static final String USER = "bench.reviewer";

  /** The head of the business unit of the first employee seeded. */
  static final String HEAD = "bench.head";

  private ReviewBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path installer = Paths.get(args[0]);
    Path work = Paths.get(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int cases = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
    int alerts = args.length > 4 ? Integer.parseInt(args[4]) : 150_000;
    int loans = args.length > 5 ? Integer.parseInt(args[5]) : 2_000;
    int requests = args.length > 6 ? Integer.parseInt(args[6]) : 100;
    String[] measured =
        args.length > 7
            ? args[7].split(",")
            : new String[] {"risk", "cases", "root-causes", "alerts", "interventions"};
    BenchServer server = BenchServer.prepare(installer, work, "review", false);
    CaseworkBenchmark.addBenchWar(
        server.home().resolve("server/standalone/deployments/linchpin.ear"),
        "review-bench",
        "io/linchpin/bench/review/ReviewBenchServlet.class");
    server.startDemo();
    try {
      server.createUser(USER, "hr-admin");
      String token = server.token(USER);
      String seeded =
          BenchServer.runPhase(
              token,
              "review-bench",
              "seed&employees="
                  + n
                  + "&cases="
                  + cases
                  + "&alerts="
                  + alerts
                  + "&interventions="
                  + loans);
      System.out.println("seed: " + seeded);
      String headNumber = seeded.replaceAll(".*\"headNumber\":\"([^\"]+)\".*", "$1");
      server.createEmployeeUser(HEAD, headNumber, "business-head");
      System.out.println("sql:  " + BenchServer.runPhase(token, "review-bench", "sql&repeat=50"));
      Map<String, String> views = new LinkedHashMap<>();
      for (String view : measured) {
        views.put(view + " (12 months)", "/api/v1/review/" + view + "?months=12");
        views.put(view + " (3 years)", "/api/v1/review/" + view + "?months=36");
      }
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      // The HR admin sees the whole company; the business head one business unit of n / 50.
      for (String user : List.of(USER, HEAD)) {
        System.out.println(user.equals(USER) ? "as HR admin:" : "as business head:");
        for (Map.Entry<String, String> view : views.entrySet()) {
          String url = BenchServer.BASE + view.getValue();
          for (int i = 0; i < 10; i++) {
            get(client, periodOf(url, 1000 + i), server.token(user));
          }
          token = server.token(user);
          long[] millis = new long[requests];
          int bytes = 0;
          for (int i = 0; i < requests; i++) {
            if (i % 50 == 0) {
              token = server.token(user);
            }
            // Each request ends on another day, so that no answer or result can be reused.
            String varied = periodOf(url, i);
            long t0 = System.nanoTime();
            bytes = get(client, varied, token);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
          }
          Arrays.sort(millis);
          System.out.printf(
              "%-28s p50 %4d ms  p95 %4d ms  max %4d ms  (%d bytes)%n",
              view.getKey(),
              millis[requests / 2],
              millis[(int) Math.ceil(0.95 * requests) - 1],
              millis[requests - 1],
              bytes);
        }
      }
      System.out.println("(goal: p95 under 300 ms for each view)");
    } finally {
      server.stop();
    }
  }

  /** The view for {@code months} months ending {@code i} days before today. */
  private static String periodOf(String url, int i) {
    int months = Integer.parseInt(url.substring(url.indexOf("months=") + 7));
    LocalDate to = LocalDate.now().minusDays(i % 400);
    return url.substring(0, url.indexOf('?'))
        + "?from="
        + to.minusMonths(months).plusDays(1)
        + "&to="
        + to;
  }

  private static int get(HttpClient client, String url, String token) throws Exception {
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + r.statusCode() + ": " + new String(r.body()));
    }
    return r.body().length;
  }
}
