package io.linchpin.web.health;

import io.linchpin.platform.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Inject SchemaMigrator migrator;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("linchpin-database");
    if (!migrator.isMigrated()) {
      return response.down().withData("schema", "migrating").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
      return valid
          ? response.up().withData("schema", "current").build()
          : response.down().withData("database", "not answering").build();
    } catch (SQLException e) {
      return response.down().withData("database", "unreachable: " + e.getSQLState()).build();
    }
  }
}
