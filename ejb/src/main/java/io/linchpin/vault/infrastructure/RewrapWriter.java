package io.linchpin.vault.infrastructure;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Re-wraps a chunk of data keys with the active key-encryption key. The data keys themselves do not
 * change, so every sealed value stays readable throughout; a key changed meanwhile (erased) is left
 * alone.
 */
@Dependent
@Named("rewrapWriter")
public class RewrapWriter extends AbstractItemWriter {

  @EJB KeyRing keyRing;

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    String active = keyRing.activeKekId();
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "update subject_key set kek_id = ?, keyset = ?"
                    + " where subject = ? and kek_id = ? and keyset = ?")) {
      for (Object item : items) {
        RewrapReader.WrappedKey key = (RewrapReader.WrappedKey) item;
        p.setString(1, active);
        p.setString(
            2,
            Sealing.rewrap(
                key.keyset(), keyRing.kek(key.kekId()), keyRing.kek(active), key.subject()));
        p.setString(3, key.subject());
        p.setString(4, key.kekId());
        p.setString(5, key.keyset());
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
