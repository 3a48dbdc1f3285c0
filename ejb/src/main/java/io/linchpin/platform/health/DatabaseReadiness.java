package io.linchpin.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("linchpin-database");
    if (!SchemaState.isCurrent()) {
      return response.down().withData("schema", "migrating").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
          ? response.up().withData("schema", "current").build()
          : response.down().withData("database", "not answering").build();
    } catch (SQLException e) {
      return response.down().withData("database", "unreachable (" + e.getSQLState() + ")").build();
    }
  }
}
