package io.linchpin.vault.infrastructure;

import io.linchpin.shared.Roles;
import io.linchpin.vault.application.KeyManagement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Key status and reload, for IT admins; shows no personal data. */
@Stateless
@RolesAllowed(Roles.IT_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultKeyManagement implements KeyManagement {

  @EJB KeyRing keyRing;
  @EJB KeyRotation rotation;

  @Override
  public KeyStatus status() {
    return new KeyStatus(keyRing.activeKekId(), rotation.keysByKek(), rotation.running());
  }

  @Override
  public KeyStatus reload() {
    keyRing.reload();
    return status();
  }
}
