package io.linchpin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A secured read ({@code GET /api/v1/employees/{id}} with a real bearer token from Keycloak: token
 * check, authorization, scoping, the database read and, for HR, the audit entry of the sensitive
 * read) against a trivial JAX-RS endpoint with no security deployed in the same server, both driven
 * by the same load generator on 127.0.0.1.
 *
 * <p>Closed loop at fixed concurrency gives the throughput ratio; an open loop at a fixed rate of
 * 200 requests per second gives the latency percentiles of the secured read (measured from the
 * intended send time, so a slow answer also delays the count of the ones queued behind it).
 *
 * <p>Usage: {@code SecuredReadBenchmark <unpacked installer> <work dir> [concurrency] [seconds]}.
 */
public final class SecuredReadBenchmark {

  private static final String BASE = BenchServer.BASE;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(
              Executors.newFixedThreadPool(
                  64,
                  r -> {
                    Thread t = new Thread(r, "load");
                    t.setDaemon(true);
                    return t;
                  }))
          .build();

  private SecuredReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path installer = Paths.get(args[0]);
    Path work = Paths.get(args[1]);
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    BenchServer server = BenchServer.prepare(installer, work, "secured-read", false);
    writePingWar(server.home().resolve("server/standalone/deployments/ping.war"));
    server.startDemo();
    try {
      String hrToken = server.token("hr.admin");
      String managerToken = server.token("manager");
      long someone = firstEmployee(hrToken);
      long teamMember = firstEmployee(managerToken, "E10008");

      String trivial = BASE + "/ping/ping";
      String hrRead = BASE + "/api/v1/employees/" + someone;
      String managerRead = BASE + "/api/v1/employees/" + teamMember;
      check(trivial, null);
      check(hrRead, hrToken);
      check(managerRead, managerToken);

      System.out.printf(
          "warm-up: %d s per endpoint, concurrency %d%n", Math.min(seconds, 15), concurrency);
      closedLoop(trivial, null, concurrency, Math.min(seconds, 15));
      closedLoop(hrRead, hrToken, concurrency, Math.min(seconds, 15));
      closedLoop(managerRead, managerToken, concurrency, Math.min(seconds, 15));

      Result t1 = closedLoop(trivial, null, concurrency, seconds);
      Result hr = closedLoop(hrRead, hrToken, concurrency, seconds);
      Result mgr = closedLoop(managerRead, managerToken, concurrency, seconds);
      Result t2 = closedLoop(trivial, null, concurrency, seconds);
      double trivialRate = (t1.rate() + t2.rate()) / 2;
      Result open = openLoop(hrRead, hrToken, 200, seconds);
      Result openManager = openLoop(managerRead, managerToken, 200, seconds);

      System.out.println();
      System.out.printf("closed loop, concurrency %d, %d s each%n", concurrency, seconds);
      System.out.printf(
          "  trivial endpoint (no security)     %8.0f req/s  %s%n", t1.rate(), t1.latencies());
      System.out.printf(
          "  secured read as hr-admin (+audit)  %8.0f req/s  %s%n", hr.rate(), hr.latencies());
      System.out.printf(
          "  secured read as line-manager       %8.0f req/s  %s%n", mgr.rate(), mgr.latencies());
      System.out.printf(
          "  trivial endpoint again             %8.0f req/s  %s%n", t2.rate(), t2.latencies());
      System.out.printf(
          "  ratio hr-admin read / trivial      %8.3f   (goal >= 0.15)%n", hr.rate() / trivialRate);
      System.out.printf("  ratio line-manager read / trivial  %8.3f%n", mgr.rate() / trivialRate);
      System.out.printf("open loop at 200 req/s, %d s%n", seconds);
      System.out.printf(
          "  secured read as hr-admin           %s, errors %d%n", open.latencies(), open.errors());
      System.out.printf(
          "  secured read as line-manager       %s, errors %d%n",
          openManager.latencies(), openManager.errors());
      System.out.printf("  (goal: p99 < 50 ms)%n");
      if (t1.errors() + hr.errors() + mgr.errors() + t2.errors() > 0) {
        System.out.println(
            "errors in closed loop: " + (t1.errors() + hr.errors() + mgr.errors() + t2.errors()));
      }
    } finally {
      server.stop();
    }
  }

  record Result(double rate, long errors, long[] sortedMillis) {
    String latencies() {
      if (sortedMillis.length == 0) {
        return "no answers";
      }
      return String.format(
          "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
          pct(0.50) / 1000.0, pct(0.99) / 1000.0, sortedMillis[sortedMillis.length - 1] / 1000.0);
    }

    private long pct(double p) {
      int i = (int) Math.ceil(p * sortedMillis.length) - 1;
      return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, i))];
    }
  }

  /** {@code concurrency} callers, each sending its next request when the last answer arrived. */
  static Result closedLoop(String url, String token, int concurrency, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(concurrency);
    HttpRequest request = request(url, token);
    long start = System.nanoTime();
    for (int c = 0; c < concurrency; c++) {
      Thread t =
          new Thread(
              () -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                  }
                  if (n < mine.length) {
                    mine[n++] = (System.nanoTime() - sent) / 1000;
                  }
                }
                samples.add(Arrays.copyOf(mine, n));
                done.countDown();
              });
      t.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length / elapsed, errors.get(), all);
  }

  /** Requests sent at a fixed rate whatever the answers do; latency from the intended send time. */
  static Result openLoop(String url, String token, int perSecond, int seconds)
      throws InterruptedException {
    HttpRequest request = request(url, token);
    int total = perSecond * seconds;
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long[] latencies = new long[total];
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(total);
    ScheduledExecutorService clock =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "clock");
              t.setDaemon(true);
              return t;
            });
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    List<CompletableFuture<?>> sent = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      final int n = i;
      long intended = start + n * interval;
      clock.schedule(
          () -> {
            sent.add(
                HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete(
                        (r, e) -> {
                          if (e != null || r.statusCode() != 200) {
                            errors.incrementAndGet();
                          }
                          latencies[n] = (System.nanoTime() - intended) / 1000;
                          done.countDown();
                        }));
          },
          intended - System.nanoTime(),
          TimeUnit.NANOSECONDS);
    }
    done.await(seconds + 60L, TimeUnit.SECONDS);
    clock.shutdownNow();
    long[] sorted = Arrays.stream(latencies).sorted().toArray();
    return new Result(perSecond, errors.get(), sorted);
  }

  private static HttpRequest request(String url, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.GET().build();
  }

  private static void check(String url, String token) throws Exception {
    HttpResponse<String> r = HTTP.send(request(url, token), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  private static long firstEmployee(String token) throws Exception {
    return firstEmployee(token, null);
  }

  private static long firstEmployee(String token, String number) throws Exception {
    String url = BASE + "/api/v1/employees?size=1" + (number == null ? "" : "&q=" + number);
    HttpResponse<String> r = HTTP.send(request(url, token), HttpResponse.BodyHandlers.ofString());
    JsonNode items = JSON.readTree(r.body()).get("items");
    if (items == null || items.isEmpty()) {
      throw new IllegalStateException("no employee visible at " + url + ": " + r.body());
    }
    return items.get(0).get("id").asLong();
  }

  /** ping.war from this module's own classes. */
  private static void writePingWar(Path war) throws IOException {
    try (OutputStream out = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      // By name: the classes need the Jakarta API, which only the server has.
      for (String name :
          List.of(
              "io/linchpin/bench/ping/PingApplication.class",
              "io/linchpin/bench/ping/PingResource.class")) {
        zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + name));
        try (InputStream in =
            SecuredReadBenchmark.class.getClassLoader().getResourceAsStream(name)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }
}
