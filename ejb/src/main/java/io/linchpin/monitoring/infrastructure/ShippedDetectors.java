package io.linchpin.monitoring.infrastructure;

import io.linchpin.monitoring.domain.DefaultDetectors;
import io.linchpin.monitoring.domain.DetectorRepository;
import io.linchpin.monitoring.domain.DetectorVersion;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Installs the shipped detectors at start as version 1, each only if no detector of its key exists:
 * HR's own versions are never replaced.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ShippedDetectors {

  private static final Logger LOG = Logger.getLogger(ShippedDetectors.class.getName());

  @Inject DetectorRepository detectors;

  @PostConstruct
  void install() {
    for (DefaultDetectors.Shipped s : DefaultDetectors.ALL) {
      if (detectors.current(s.key()).isEmpty()) {
        detectors.add(
            new DetectorVersion(
                s.key(), 1, s.name(), s.rule(), s.severity(), true, Instant.now(), "linchpin"));
        LOG.info(() -> "Installed detector " + s.key());
      }
    }
  }
}
