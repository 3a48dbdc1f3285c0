package io.linchpin.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Prints the SQL that creates the whole schema on a given database, without connecting to one, so a
 * DBA can review it before an install ({@code bin/linchpin db-sql --dialect oracle}).
 */
public final class OfflineSql {

  /** Liquibase offline short names and the database versions we generate for. */
  private static final Map<String, String> DIALECTS =
      Map.of("oracle", "oracle?version=19.0", "postgresql", "postgresql?version=14.0", "h2", "h2");

  private OfflineSql() {}

  public static void main(String[] args) {
    String dialect = "oracle";
    for (int i = 0; i < args.length; i++) {
      if ("--dialect".equals(args[i]) && i + 1 < args.length) {
        dialect = args[++i];
      } else if (args[i].startsWith("--dialect=")) {
        dialect = args[i].substring("--dialect=".length());
      } else {
        System.err.println("linchpin db-sql: unknown option " + args[i]);
        System.exit(2);
      }
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    try {
      write(dialect, out);
      out.flush();
    } catch (IllegalArgumentException e) {
      System.err.println("linchpin db-sql: " + e.getMessage());
      System.exit(2);
    } catch (LiquibaseException | IOException e) {
      System.err.println("linchpin db-sql: could not generate the SQL: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Writes the full schema SQL for the dialect ({@code oracle}, {@code postgresql}, {@code h2}).
   */
  public static void write(String dialect, Writer out) throws LiquibaseException, IOException {
    String database = DIALECTS.get(dialect.toLowerCase(Locale.ROOT));
    if (database == null) {
      throw new IllegalArgumentException(
          "unknown dialect '" + dialect + "'; use oracle, postgresql or h2");
    }
    // Offline mode records what it printed in this file; a fresh one makes it print everything.
    Path record = Files.createTempFile("linchpin-offline-", ".csv");
    Files.delete(record);
    String separator = database.contains("?") ? "&" : "?";
    String url =
        "offline:"
            + database
            + separator
            + "outputLiquibaseSql=true&changeLogFile="
            + record.toAbsolutePath();
    ResourceAccessor accessor = new ClassLoaderResourceAccessor(OfflineSql.class.getClassLoader());
    Database db = DatabaseFactory.getInstance().openDatabase(url, null, null, null, accessor);
    try (Liquibase liquibase = new Liquibase(SchemaMigrator.CHANGELOG, accessor, db)) {
      liquibase.update(new Contexts(), new LabelExpression(), out);
    } catch (Exception e) {
      if (e instanceof LiquibaseException le) {
        throw le;
      }
      throw new LiquibaseException(e);
    } finally {
      Files.deleteIfExists(record);
    }
  }
}
