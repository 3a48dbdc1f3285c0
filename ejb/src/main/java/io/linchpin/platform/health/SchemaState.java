package io.linchpin.platform.health;

/** Whether the schema migration has finished in this server; set by the migrator at start. */
public final class SchemaState {

  private static volatile boolean current;

  private SchemaState() {}

  public static void markCurrent() {
    current = true;
  }

  public static boolean isCurrent() {
    return current;
  }
}
