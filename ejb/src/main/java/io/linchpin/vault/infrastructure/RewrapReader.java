package io.linchpin.vault.infrastructure;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Reads data keys not yet wrapped with the active key, in subject order; checkpoint: last subject.
 */
@Dependent
@Named("rewrapReader")
public class RewrapReader extends AbstractItemReader {

  private static final int PAGE = 500;

  /** One data key as stored. */
  public record WrappedKey(String subject, String kekId, String keyset) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @EJB KeyRing keyRing;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  private final Deque<WrappedKey> page = new ArrayDeque<>();

  /** The last subject read; null before the first (an empty string is NULL on Oracle). */
  private String after;

  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    after = (String) checkpoint;
  }

  @Override
  public Object readItem() throws SQLException {
    if (page.isEmpty() && !exhausted) {
      fill();
    }
    WrappedKey next = page.poll();
    if (next != null) {
      after = next.subject();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return after;
  }

  private void fill() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "select subject, kek_id, keyset from subject_key"
                    + " where keyset is not null and kek_id <> ?"
                    + (after == null ? "" : " and subject > ?")
                    + " order by subject")) {
      p.setString(1, keyRing.activeKekId());
      if (after != null) {
        p.setString(2, after);
      }
      p.setMaxRows(PAGE);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          page.add(new WrappedKey(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    exhausted = page.size() < PAGE;
  }
}
