package io.linchpin.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Casework throughput in one JVM and run: a copy of the installer is started with {@code
 * bin/linchpin demo}, with a benchmark WAR added to its EAR (signed in through the same OIDC
 * client); as a user holding every role a debt-collection case needs, the WAR opens and completes N
 * cases through {@code CaseService}/{@code TaskInbox} and, interleaved in blocks of 500, starts and
 * completes N instances of an equivalent minimal process on the bare engine, then opens M more
 * cases and times the inbox query with M open steps.
 *
 * <p>Arguments: installer folder, work folder, N (default 10,000), M (default 10,000).
 */
public final class CaseworkBenchmark {

  static final String USER = "bench.caseworker";

  private CaseworkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path installer = Paths.get(args[0]);
    Path work = Paths.get(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int m = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    BenchServer server = BenchServer.prepare(installer, work, "casework", false);
    addBenchWar(
        server.home().resolve("server/standalone/deployments/linchpin.ear"),
        "casework-bench",
        "io/linchpin/bench/casework/CaseworkBenchServlet.class");
    server.startDemo();
    try {
      server.createUser(USER, "hr-admin", "hr-bp", "legal", "business-head");
      String token = server.token(USER);
      System.out.println("compare: " + run(token, "compare", n));
      System.out.println("inbox:   " + run(token, "inbox", m));
    } finally {
      server.stop();
    }
  }

  private static String run(String token, String phase, int n) throws Exception {
    return BenchServer.runPhase(token, "casework-bench", phase + "&n=" + n);
  }

  /**
   * Adds {@code <context>.war} to the EAR: one servlet of this module, the web application's own
   * {@code oidc.json}, and a web.xml that lets only signed-in HR admins in.
   */
  static void addBenchWar(Path ear, String context, String servletClass) throws IOException {
    Path rewritten = ear.resolveSibling("linchpin.ear.rewriting");
    byte[] oidc = null;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ear));
        OutputStream file = Files.newOutputStream(rewritten);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("linchpin-web.war")) {
          oidc = entry(content, "WEB-INF/oidc.json");
        }
        if (e.getName().equals("META-INF/application.xml")) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replace(
                      "<library-directory>",
                      "<module><web><web-uri>"
                          + context
                          + ".war</web-uri><context-root>/"
                          + context
                          + "</context-root></web></module>"
                          + "<library-directory>")
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry(context + ".war"));
      out.write(benchWar(oidc, servletClass));
      out.closeEntry();
    }
    Files.move(rewritten, ear, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The class file and those of the classes nested in it ({@code Name$*.class}, beside it), from
   * the benchmark's classes folder or jar.
   */
  private static List<String> withNested(String classFile) throws IOException {
    URI uri;
    try {
      uri = CaseworkBenchmark.class.getClassLoader().getResource(classFile).toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    String folder = classFile.substring(0, classFile.lastIndexOf('/') + 1);
    String nested =
        classFile.substring(folder.length(), classFile.length() - ".class".length()) + "$";
    List<String> files = new ArrayList<>(List.of(classFile));
    try (FileSystem jar =
            uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
        Stream<Path> beside = Files.list(Path.of(uri).getParent())) {
      beside
          .map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith(nested) && f.endsWith(".class"))
          .sorted()
          .forEach(f -> files.add(folder + f));
    }
    return files;
  }

  private static byte[] benchWar(byte[] oidc, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : withNested(name)) {
        zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + file));
        try (InputStream in = CaseworkBenchmark.class.getClassLoader().getResourceAsStream(file)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("WEB-INF/beans.xml"));
      zip.write(
          ("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                  + " bean-discovery-mode=\"annotated\"/>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("WEB-INF/oidc.json"));
      zip.write(oidc);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
      zip.write(
          ("""
          <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
            <security-constraint>
              <web-resource-collection>
                <web-resource-name>bench</web-resource-name>
                <url-pattern>/*</url-pattern>
              </web-resource-collection>
              <auth-constraint><role-name>hr-admin</role-name></auth-constraint>
            </security-constraint>
            <login-config><auth-method>OIDC</auth-method></login-config>
            <security-role><role-name>hr-admin</role-name></security-role>
          </web-app>
          """)
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] entry(byte[] zipBytes, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IllegalStateException(name + " is not in the web application");
  }
}
