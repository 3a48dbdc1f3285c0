package io.linchpin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the real changelog on H2 in the compatibility modes of the production databases, the closest
 * check possible without an Oracle or PostgreSQL server, then stores a Chinese name.
 */
class ChangelogCompatibilityTest {

  @ParameterizedTest
  @ValueSource(strings = {"Oracle", "Regular"})
  void changelogAppliesTwiceOnH2AndStoresChineseNames(String mode) throws Exception {
    String url = "jdbc:h2:mem:compat" + mode + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      migrateAndStore(c);
    }
  }

  @Test
  void changelogAppliesTwiceOnARealPostgresqlServer() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection c = postgres.getPostgresDatabase().getConnection()) {
      migrateAndStore(c);
    }
  }

  private static void migrateAndStore(Connection c) throws Exception {
    {
      migrate(c);
      migrate(c);
      try (Statement s = c.createStatement()) {
        s.execute(
            "insert into org_unit (id, code, name, path, version) values (1, 'RD', '研发中心', '研发中心', 0)");
        s.execute(
            "insert into employee (id, employee_number, full_name, hire_date, status, org_unit_id, version)"
                + " values (1, 'E1', '欧阳娜娜', DATE '2019-03-05', 'ACTIVE', 1, 0)");
      }
      try (PreparedStatement p =
          c.prepareStatement("select full_name from employee where employee_number = ?")) {
        p.setString(1, "E1");
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          assertEquals("欧阳娜娜", rs.getString(1));
        }
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from DATABASECHANGELOG")) {
        rs.next();
        assertEquals(countChangeSets(), rs.getInt(1));
      }
    }
  }

  private static void migrate(Connection c) throws Exception {
    Database db =
        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    Liquibase liquibase =
        new Liquibase(SchemaMigrator.CHANGELOG, new ClassLoaderResourceAccessor(), db);
    liquibase.update("");
  }

  /** Every change set of every file the master changelog includes. */
  private static int countChangeSets() throws Exception {
    int count = 0;
    java.util.regex.Matcher include =
        java.util.regex.Pattern.compile("file=\"(db/changelog/[^\"]+)\"")
            .matcher(resource(SchemaMigrator.CHANGELOG));
    while (include.find()) {
      count += resource(include.group(1)).split("<changeSet ", -1).length - 1;
    }
    return count;
  }

  private static String resource(String path) throws Exception {
    try (var in = ChangelogCompatibilityTest.class.getResourceAsStream("/" + path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
