package io.linchpin.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, exactly as the installer ships it. */
final class LinchpinDeployment {

  static final String BASE = "http://127.0.0.1:18080";

  private LinchpinDeployment() {}

  /** The test server's embedded database, opened beside the server (H2's mixed mode). */
  static java.sql.Connection database() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        "jdbc:h2:file:"
            + System.getProperty("jboss.home")
            + "/standalone/data/linchpin-oracle-mode/linchpin;MODE=Oracle;AUTO_SERVER=TRUE",
        "linchpin",
        "linchpin");
  }

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("linchpin.ear")));
  }

  /** A prefix that keeps one test's records apart from every other test's. */
  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  }
}
