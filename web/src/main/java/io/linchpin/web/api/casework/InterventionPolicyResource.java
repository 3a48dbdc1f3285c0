package io.linchpin.web.api.casework;

import io.linchpin.casework.application.InterventionService;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/** The interventions policy: the largest emergency relief loan (default 50,000 yuan). */
@Path("intervention-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class InterventionPolicyResource {

  @EJB InterventionService interventions;

  /** {@code {"reliefLoanMax": 50000}}. */
  public record Policy(BigDecimal reliefLoanMax) {}

  @GET
  public Policy policy() {
    return new Policy(interventions.reliefLoanMaximum());
  }

  @PUT
  @RolesAllowed(Roles.HR_ADMIN)
  public Policy change(Policy policy) {
    if (policy == null) {
      throw new InvalidInputException("body", "is required");
    }
    return new Policy(interventions.changeReliefLoanMaximum(policy.reliefLoanMax()));
  }
}
