package io.linchpin.vault.infrastructure;

import io.linchpin.vault.application.KeyManagement.DataKeyStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Rotation of the people's data keys: a request marks every live data key due and starts the
 * rotation job; every half minute, a job is started again while keys are due (after a stop) or
 * older keys can be retired (once every server has had time to see the new ones).
 */
@Singleton
@DependsOn("KeyRotation")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataKeyRotation {

  public static final String JOB = "rotate-data-keys";

  private static final Logger LOG = Logger.getLogger(DataKeyRotation.class.getName());

  /** Import files have keys of their own, destroyed when the import ends: never rotated. */
  private static final String PEOPLE = "keyset is not null and subject not like 'import:%'";

  @Inject SubjectKeys keys;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  private final JobRun job = new JobRun(JOB);

  @Schedule(hour = "*", minute = "*", second = "5/30", persistent = false)
  void catchUp() {
    if (!job.running()) {
      DataKeyStatus status = status();
      if (status.due() > 0 || status.retirable() > 0) {
        job.start();
      }
    }
  }

  /** Marks every person's data key due for rotation and starts the job; how many are due. */
  public long request() {
    long due;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      due = s.executeUpdate("update subject_key set rotation_due = 1 where " + PEOPLE);
    } catch (SQLException e) {
      throw new IllegalStateException("the data keys cannot be marked for rotation", e);
    }
    job.start();
    LOG.info(() -> "Rotating " + due + " data keys");
    return due;
  }

  public boolean running() {
    return job.running();
  }

  /** How many data keys there are, are due, and still hold older keys (retirable now). */
  public DataKeyStatus status() {
    Instant rotatedBefore = Instant.now().minus(keys.cacheTime());
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "select count(*),"
                    + " coalesce(sum(case when rotation_due = 1 then 1 else 0 end), 0),"
                    + " coalesce(sum(case when key_count > 1 then 1 else 0 end), 0),"
                    + " coalesce(sum(case when key_count > 1 and rotated_at < ? then 1 else 0 end), 0),"
                    + " max(rotated_at)"
                    + " from subject_key where "
                    + PEOPLE)) {
      p.setTimestamp(1, Timestamp.from(rotatedBefore));
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        Timestamp last = rs.getTimestamp(5);
        return new DataKeyStatus(
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            last == null ? null : last.toInstant(),
            job.running());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the data keys cannot be counted", e);
    }
  }
}
