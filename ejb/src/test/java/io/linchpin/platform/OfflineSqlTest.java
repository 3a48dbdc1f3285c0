package io.linchpin.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OfflineSqlTest {

  @Test
  void printsTheWholeOracleSchemaWithoutADatabase() throws Exception {
    String sql = sql("oracle");
    assertTrue(sql.contains("CREATE TABLE employee"), sql);
    assertTrue(sql.contains("CREATE SEQUENCE employee_seq"), sql);
    assertTrue(sql.contains("VARCHAR2(512)"), "sealed columns hold text");
    assertTrue(sql.contains("INSERT INTO DATABASECHANGELOG"), "records what ran");
    assertFalse(sql.contains("BOOLEAN"), "Oracle 19 has no BOOLEAN column type");
  }

  @Test
  void printsPostgresqlSchemaToo() throws Exception {
    String sql = sql("postgresql");
    assertTrue(sql.contains("CREATE TABLE employment_event"), sql);
    assertTrue(sql.contains("BYTEA") || sql.contains("OID"), "binary column for uploaded files");
  }

  @Test
  void aSecondRunPrintsEverythingAgain() throws Exception {
    assertTrue(sql("oracle").contains("CREATE TABLE org_unit"));
    assertTrue(sql("oracle").contains("CREATE TABLE org_unit"));
  }

  @Test
  void refusesUnknownDialects() {
    assertThrows(IllegalArgumentException.class, () -> sql("sybase"));
  }

  private static String sql(String dialect) throws Exception {
    StringWriter out = new StringWriter();
    OfflineSql.write(dialect, out);
    return out.toString();
  }
}
