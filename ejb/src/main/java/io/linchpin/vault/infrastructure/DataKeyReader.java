package io.linchpin.vault.infrastructure;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Reads, in subject order, the subjects whose data key is due for rotation ({@code rotate}) or
 * whose keyset still holds older keys and was rotated before every server could have cached it
 * ({@code retire}); checkpoint: the last subject.
 */
@Dependent
@Named("dataKeyReader")
public class DataKeyReader extends AbstractItemReader {

  private static final int PAGE = 200;

  @Inject
  @BatchProperty(name = "phase")
  String phase;

  @Inject SubjectKeys keys;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  private final Deque<String> page = new ArrayDeque<>();

  /** The last subject read; null before the first (an empty string is NULL on Oracle). */
  private String after;

  private Instant rotatedBefore;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    after = (String) checkpoint;
    rotatedBefore = Instant.now().minus(keys.cacheTime());
  }

  @Override
  public Object readItem() throws SQLException {
    if (page.isEmpty() && !exhausted) {
      fill();
    }
    String next = page.poll();
    if (next != null) {
      after = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return after;
  }

  private void fill() throws SQLException {
    boolean retiring = "retire".equals(phase);
    String where =
        retiring
            ? "key_count > 1 and keyset is not null and rotated_at < ?"
            : "rotation_due = 1 and keyset is not null";
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "select subject from subject_key where "
                    + where
                    + (after == null ? "" : " and subject > ?")
                    + " order by subject")) {
      int i = 1;
      if (retiring) {
        p.setTimestamp(i++, Timestamp.from(rotatedBefore));
      }
      if (after != null) {
        p.setString(i, after);
      }
      p.setMaxRows(PAGE);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          page.add(rs.getString(1));
        }
      }
    }
    exhausted = page.size() < PAGE;
  }
}
