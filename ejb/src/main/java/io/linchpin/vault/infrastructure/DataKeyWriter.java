package io.linchpin.vault.infrastructure;

import io.linchpin.shared.SealedRecords;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Rotates the data keys of a chunk of subjects, or retires their older keys, with every context's
 * records of those subjects sealed again in the same transaction.
 */
@Dependent
@Named("dataKeyWriter")
public class DataKeyWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "phase")
  String phase;

  @Inject SubjectKeys keys;
  @Inject @Any Instance<SealedRecords> contexts;

  private Instant rotatedBefore;

  @Override
  public void open(Serializable checkpoint) {
    rotatedBefore = Instant.now().minus(keys.cacheTime());
  }

  @Override
  public void writeItems(List<Object> items) {
    List<String> subjects = items.stream().map(String.class::cast).toList();
    java.util.function.Consumer<List<String>> reseal =
        changed -> contexts.forEach(records -> records.reseal(changed));
    if ("retire".equals(phase)) {
      keys.retireOlderKeys(subjects, rotatedBefore, reseal);
    } else {
      keys.rotate(subjects, reseal);
    }
  }
}
