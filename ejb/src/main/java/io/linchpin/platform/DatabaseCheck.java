package io.linchpin.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Tries the configured database before the server starts, so that a wrong URL, account or an
 * unreachable host is reported in one line instead of as a failed deployment. Used by {@code
 * bin/linchpin}; reads the URL, user and password from the environment so that the password never
 * appears on a command line.
 */
public final class DatabaseCheck {

  private static final int TIMEOUT_SECONDS = 10;

  private DatabaseCheck() {}

  public static void main(String[] args) {
    String url = System.getenv("LINCHPIN_DB_URL");
    String user = System.getenv("LINCHPIN_DB_USER");
    String password = System.getenv("LINCHPIN_DB_PASSWORD");
    if (url == null || url.isBlank()) {
      System.err.println("linchpin.db.url is not set");
      System.exit(2);
    }
    DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      if (!connection.isValid(TIMEOUT_SECONDS)) {
        System.err.println("the database at " + url + " does not answer");
        System.exit(5);
      }
    } catch (SQLException e) {
      System.err.println("cannot connect to the database at " + url + ": " + firstLine(e));
      System.exit(5);
    }
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
