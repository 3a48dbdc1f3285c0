package io.linchpin.shared;

import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Seals sensitive fields on the JPA path, so no code path can store them in clear. */
public class SealingListener {

  @Inject FieldSealer sealer;

  @PrePersist
  @PreUpdate
  void seal(Object entity) {
    ((Sealable) entity).seal(sealer);
  }

  @PostLoad
  void loaded(Object entity) {
    ((Sealable) entity).loaded(sealer);
  }
}
