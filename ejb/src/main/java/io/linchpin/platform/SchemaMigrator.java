package io.linchpin.platform;

import io.linchpin.platform.health.SchemaState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date when the application starts, once the keys are open and before any
 * other bean touches the database (they declare {@code @DependsOn("SchemaMigrator")}). Liquibase
 * commits on its own, so this runs outside a container transaction. A failed migration fails the
 * deployment.
 */
@Singleton
@Startup
@DependsOn("KeyRing")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      try (Liquibase liquibase =
          new Liquibase(
              CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
        liquibase.update("");
      }
      migrated = true;
      SchemaState.markCurrent();
      LOG.info(
          () ->
              "Database schema is up to date (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
    } catch (SQLException | LiquibaseException e) {
      LOG.log(Level.SEVERE, "Database schema migration failed", e);
      throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }
}
