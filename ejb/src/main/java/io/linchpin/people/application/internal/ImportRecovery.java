package io.linchpin.people.application.internal;

import io.linchpin.people.application.ImportService;
import io.linchpin.shared.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Finishes imports that a server stop or crash interrupted, shortly after the application has
 * started. Rows are upserted by employee number, so running an import again from its start adds no
 * duplicate and loses no row.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@RunAs(Roles.HR_ADMIN)
public class ImportRecovery {

  private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());
  private static final long DELAY_MILLIS = 2_000;

  @EJB ImportService imports;
  @Resource TimerService timers;

  private final Instant started = Instant.now();

  @PostConstruct
  void scheduleResume() {
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("resume-imports", false));
  }

  @Timeout
  void resume() {
    int resumed = imports.resumeInterrupted(started);
    if (resumed > 0) {
      LOG.info(() -> resumed + " interrupted import(s) started again");
    }
  }
}
