package io.linchpin.bench.ping;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The trivial endpoint the secured read is compared with: no security, no database. */
@Path("ping")
public class PingResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String ping() {
    return "{\"pong\":true}";
  }
}
