package io.linchpin.vault.infrastructure;

import io.linchpin.audit.application.AuditLog;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.ConflictException;
import io.linchpin.shared.Roles;
import io.linchpin.vault.application.KeyManagement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;

/** Key status, reload and retiring unused keys, for IT admins; shows no personal data. */
@Stateless
@RolesAllowed(Roles.IT_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultKeyManagement implements KeyManagement {

  @EJB KeyRing keyRing;
  @EJB KeyRotation rotation;
  @EJB DataKeyRotation dataKeys;
  @EJB AuditLog audit;

  @Override
  public KeyStatus status() {
    return new KeyStatus(
        keyRing.activeKekId(),
        keyRing.keks(),
        rotation.keysByKek(),
        rotation.running(),
        dataKeys.status());
  }

  @Override
  public DataKeyStatus rotateDataKeys() {
    if (dataKeys.running()) {
      throw new ConflictException("rotating", "the data keys are being rotated already");
    }
    long due = dataKeys.request();
    audit.record(AuditOperation.UPDATE, "keystore", "data-keys", List.of("rotation:" + due), null);
    return dataKeys.status();
  }

  @Override
  public Retirement retireUnused() {
    if (rotation.running()) {
      throw new ConflictException(
          "rewrapping", "data keys are being re-wrapped; retire keys when that has finished");
    }
    String active = keyRing.activeKekId();
    Map<String, Long> inUse = rotation.keysByKek();
    List<String> retire =
        keyRing.keks().stream()
            .filter(k -> !k.equals(active) && inUse.getOrDefault(k, 0L) == 0L)
            .toList();
    if (!retire.isEmpty()) {
      keyRing.retire(new java.util.HashSet<>(retire));
      audit.record(
          AuditOperation.UPDATE,
          "keystore",
          active,
          retire.stream().map(k -> "retired:" + k).toList(),
          null);
    }
    Map<String, Long> still = new java.util.TreeMap<>(inUse);
    still.remove(active);
    return new Retirement(retire, still, status());
  }

  @Override
  public KeyStatus reload() {
    keyRing.reload();
    return status();
  }
}
