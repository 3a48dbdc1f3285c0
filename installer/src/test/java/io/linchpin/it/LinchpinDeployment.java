package io.linchpin.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, exactly as the installer ships it. */
final class LinchpinDeployment {

  static final String BASE = "http://127.0.0.1:18080";

  private LinchpinDeployment() {}

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("linchpin.ear")));
  }

  /** A prefix that keeps one test's records apart from every other test's. */
  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  }
}
