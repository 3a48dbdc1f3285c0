package io.linchpin.vault.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Re-wraps every data key with the active key-encryption key after a rotation, in a background
 * batch job while the API keeps serving; also at start, to finish a rotation a stop interrupted.
 */
@Singleton
@Startup
@DependsOn("ErasureLedger")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotation {

  public static final String JOB = "rewrap-subject-keys";

  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  @EJB KeyRing keyRing;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Resource TimerService timers;

  private final JobRun job = new JobRun(JOB);

  @PostConstruct
  void scheduleCatchUp() {
    timers.createSingleActionTimer(3_000, new TimerConfig("rewrap-on-start", false));
  }

  /**
   * Starts re-wrapping when data keys are wrapped with an older key and no job runs: at start, and
   * every half minute, which also covers a rotation that arrived while a job was finishing.
   */
  @Timeout
  @jakarta.ejb.Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
  void catchUp() {
    if (!running() && keysWrappedWithOlderKeks() > 0) {
      start();
    }
  }

  public void onRotation(@Observes KeyRing.KeyRotated rotated) {
    start();
  }

  /** Starts the re-wrap job unless it runs already. */
  public void start() {
    if (job.start()) {
      LOG.info(() -> "Re-wrapping data keys with " + keyRing.activeKekId());
    }
  }

  /** Whether the re-wrap job is running. */
  public boolean running() {
    return job.running();
  }

  /** How many live data keys each key-encryption key wraps. */
  public TreeMap<String, Long> keysByKek() {
    TreeMap<String, Long> counts = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select kek_id, count(*) from subject_key where keyset is not null group by kek_id")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the data keys cannot be counted", e);
    }
    return counts;
  }

  private long keysWrappedWithOlderKeks() {
    String active = keyRing.activeKekId();
    return keysByKek().entrySet().stream()
        .filter(e -> !e.getKey().equals(active))
        .mapToLong(java.util.Map.Entry::getValue)
        .sum();
  }
}
