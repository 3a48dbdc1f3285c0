package io.linchpin.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A full monitoring scan over N employees × M months × 6 signal series: a copy of the installer is
 * started with {@code bin/linchpin demo} and a heap of at most 1 GiB, with a benchmark WAR added to
 * its EAR; as an HR admin the WAR seeds the signals, then times full scans through the real batch
 * job against one hand-written SQL aggregate computing the baseline-jump detector over the same
 * data, in the same run.
 *
 * <p>Arguments: installer folder, work folder, N (default 100,000), M (default 24), repeats
 * (default 3).
 */
public final class ScanBenchmark {

  static final String USER = "bench.scanner";

  private ScanBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path installer = Paths.get(args[0]);
    Path work = Paths.get(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int months = args.length > 3 ? Integer.parseInt(args[3]) : 24;
    int repeat = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    BenchServer server = BenchServer.prepare(installer, work, "scan", false);
    Path conf = server.home().resolve("conf/linchpin.properties");
    Files.writeString(
        conf,
        Files.readString(conf, StandardCharsets.UTF_8)
            .replace("linchpin.java.opts=-Xms512m -Xmx2g", "linchpin.java.opts=-Xms1g -Xmx1g"),
        StandardCharsets.UTF_8);
    CaseworkBenchmark.addBenchWar(
        server.home().resolve("server/standalone/deployments/linchpin.ear"),
        "scan-bench",
        "io/linchpin/bench/scan/ScanBenchServlet.class");
    server.startDemo();
    try {
      server.createUser(USER, "hr-admin");
      System.out.println("seed: " + run(server, "seed&employees=" + n + "&months=" + months));
      System.out.println("run:  " + run(server, "run&repeat=" + repeat));
    } finally {
      server.stop();
    }
  }

  private static String run(BenchServer server, String phase) throws Exception {
    return BenchServer.runPhase(server.token(USER), "scan-bench", phase);
  }
}
