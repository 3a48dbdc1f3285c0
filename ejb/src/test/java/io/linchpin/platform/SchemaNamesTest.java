package io.linchpin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table and column the change logs leave behind has a name that Oracle and PostgreSQL accept
 * unquoted: a reserved word as a column name works on H2 and fails in production.
 */
class SchemaNamesTest {

  /** Oracle's reserved words (SQL Language Reference, "Oracle SQL Reserved Words"). */
  private static final Set<String> ORACLE =
      Set.of(
          "ACCESS",
          "ADD",
          "ALL",
          "ALTER",
          "AND",
          "ANY",
          "AS",
          "ASC",
          "AUDIT",
          "BETWEEN",
          "BY",
          "CHAR",
          "CHECK",
          "CLUSTER",
          "COLUMN",
          "COMMENT",
          "COMPRESS",
          "CONNECT",
          "CREATE",
          "CURRENT",
          "DATE",
          "DECIMAL",
          "DEFAULT",
          "DELETE",
          "DESC",
          "DISTINCT",
          "DROP",
          "ELSE",
          "EXCLUSIVE",
          "EXISTS",
          "FILE",
          "FLOAT",
          "FOR",
          "FROM",
          "GRANT",
          "GROUP",
          "HAVING",
          "IDENTIFIED",
          "IMMEDIATE",
          "IN",
          "INCREMENT",
          "INDEX",
          "INITIAL",
          "INSERT",
          "INTEGER",
          "INTERSECT",
          "INTO",
          "IS",
          "LEVEL",
          "LIKE",
          "LOCK",
          "LONG",
          "MAXEXTENTS",
          "MINUS",
          "MLSLABEL",
          "MODE",
          "MODIFY",
          "NOAUDIT",
          "NOCOMPRESS",
          "NOT",
          "NOWAIT",
          "NULL",
          "NUMBER",
          "OF",
          "OFFLINE",
          "ON",
          "ONLINE",
          "OPTION",
          "OR",
          "ORDER",
          "PCTFREE",
          "PRIOR",
          "PUBLIC",
          "RAW",
          "RENAME",
          "RESOURCE",
          "REVOKE",
          "ROW",
          "ROWID",
          "ROWNUM",
          "ROWS",
          "SELECT",
          "SESSION",
          "SET",
          "SHARE",
          "SIZE",
          "SMALLINT",
          "START",
          "SUCCESSFUL",
          "SYNONYM",
          "SYSDATE",
          "TABLE",
          "THEN",
          "TO",
          "TRIGGER",
          "UID",
          "UNION",
          "UNIQUE",
          "UPDATE",
          "USER",
          "VALIDATE",
          "VALUES",
          "VARCHAR",
          "VARCHAR2",
          "VIEW",
          "WHENEVER",
          "WHERE",
          "WITH");

  /** PostgreSQL's reserved key words, and H2's that bit once ({@code UNKNOWN}). */
  private static final Set<String> OTHERS =
      Set.of(
          "ANALYSE",
          "ANALYZE",
          "ARRAY",
          "ASYMMETRIC",
          "BOTH",
          "CASE",
          "CAST",
          "COLLATE",
          "CONSTRAINT",
          "CURRENT_DATE",
          "CURRENT_ROLE",
          "CURRENT_TIME",
          "CURRENT_TIMESTAMP",
          "CURRENT_USER",
          "DEFERRABLE",
          "DO",
          "END",
          "EXCEPT",
          "FALSE",
          "FETCH",
          "FOREIGN",
          "INITIALLY",
          "LATERAL",
          "LEADING",
          "LIMIT",
          "LOCALTIME",
          "LOCALTIMESTAMP",
          "OFFSET",
          "ONLY",
          "PLACING",
          "PRIMARY",
          "REFERENCES",
          "RETURNING",
          "SESSION_USER",
          "SOME",
          "SYMMETRIC",
          "TRAILING",
          "TRUE",
          "USING",
          "VARIADIC",
          "WHEN",
          "WINDOW",
          "UNKNOWN");

  private static final Pattern TABLE =
      Pattern.compile("<(createTable|addColumn) tableName=\"([^\"]+)\"(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern COLUMN = Pattern.compile("<column name=\"([^\"]+)\"");
  private static final Pattern RENAME =
      Pattern.compile(
          "<renameColumn tableName=\"([^\"]+)\" oldColumnName=\"([^\"]+)\" newColumnName=\"([^\"]+)\"");

  @Test
  void noTableOrColumnIsAReservedWord() throws IOException {
    Map<String, Set<String>> columns = new HashMap<>();
    List<String[]> renames = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/changelog"))) {
      for (Path file : files.sorted().toList()) {
        String xml = Files.readString(file);
        Matcher t = TABLE.matcher(xml);
        while (t.find()) {
          Set<String> names = columns.computeIfAbsent(t.group(2), k -> new TreeSet<>());
          Matcher c = COLUMN.matcher(t.group(3));
          while (c.find()) {
            names.add(c.group(1));
          }
        }
        Matcher r = RENAME.matcher(xml);
        while (r.find()) {
          renames.add(new String[] {r.group(1), r.group(2), r.group(3)});
        }
      }
    }
    for (String[] r : renames) {
      Set<String> names = columns.get(r[0]);
      assertTrue(
          names != null && names.remove(r[1]), "renamed column exists: " + r[0] + "." + r[1]);
      names.add(r[2]);
    }
    assertTrue(columns.size() > 20, "the change logs were read: " + columns.keySet());
    List<String> reserved = new ArrayList<>();
    columns.forEach(
        (table, names) -> {
          if (reservedWord(table)) {
            reserved.add(table);
          }
          names.stream()
              .filter(SchemaNamesTest::reservedWord)
              .forEach(n -> reserved.add(table + "." + n));
        });
    assertEquals(List.of(), reserved);
  }

  private static boolean reservedWord(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    return ORACLE.contains(n) || OTHERS.contains(n);
  }
}
