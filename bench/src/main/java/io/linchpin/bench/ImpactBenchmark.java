package io.linchpin.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Departure-impact analysis of every core employee in one run: a copy of the installer is started
 * with {@code bin/linchpin demo}, with a benchmark WAR added to its EAR; as an HR admin the WAR
 * adds a company of N employees with C core roles of K customers each, then times the whole
 * portfolio through {@code ImpactService} against raw JDBC reads of the same rows (sealed and
 * unsealed) in the same run.
 *
 * <p>Arguments: installer folder, work folder, N (default 100,000), C (default 2,000), K (default
 * 50).
 */
public final class ImpactBenchmark {

  static final String USER = "bench.analyst";

  private ImpactBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path installer = Paths.get(args[0]);
    Path work = Paths.get(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    int core = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
    int customers = args.length > 4 ? Integer.parseInt(args[4]) : 50;
    BenchServer server = BenchServer.prepare(installer, work, "impact", false);
    CaseworkBenchmark.addBenchWar(
        server.home().resolve("server/standalone/deployments/linchpin.ear"),
        "impact-bench",
        "io/linchpin/bench/impact/ImpactBenchServlet.class");
    server.startDemo();
    try {
      server.createUser(USER, "hr-admin");
      System.out.println(
          "seed: "
              + run(server, "seed&employees=" + n + "&core=" + core + "&customers=" + customers));
      System.out.println("run:  " + run(server, "run&repeat=5"));
    } finally {
      server.stop();
    }
  }

  private static String run(BenchServer server, String phase) throws Exception {
    return BenchServer.runPhase(server.token(USER), "impact-bench", phase);
  }
}
