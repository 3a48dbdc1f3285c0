package io.linchpin.web.api.admin;

import io.linchpin.shared.Roles;
import io.linchpin.vault.application.KeyManagement;
import io.linchpin.vault.application.KeyManagement.KeyStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Keys: which protects how much; pick up a rotated keystore. For IT admins only. */
@Path("admin/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IT_ADMIN)
public class KeyResource {

  @EJB KeyManagement keys;

  @GET
  public KeyStatus status() {
    return keys.status();
  }

  @POST
  @Path("reload")
  public KeyStatus reload() {
    return keys.reload();
  }

  /**
   * Removes the key-encryption keys that no data key needs any more (never the active one); {@code
   * 409} while a re-wrapping runs.
   */
  /**
   * Rotates every person's data key in the background; {@code 202} with the progress, {@code 409}
   * while a rotation runs.
   */
  @POST
  @Path("data-keys/rotation")
  public jakarta.ws.rs.core.Response rotateDataKeys() {
    return jakarta.ws.rs.core.Response.accepted(keys.rotateDataKeys()).build();
  }

  @POST
  @Path("retirement")
  public KeyManagement.Retirement retire() {
    return keys.retireUnused();
  }
}
