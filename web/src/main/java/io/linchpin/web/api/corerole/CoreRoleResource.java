package io.linchpin.web.api.corerole;

import io.linchpin.corerole.application.CoreRoleService;
import io.linchpin.corerole.application.CoreRoleService.Assess;
import io.linchpin.corerole.application.CoreRoleService.AssessmentView;
import io.linchpin.corerole.application.CoreRoleService.ChangeModel;
import io.linchpin.corerole.application.CoreRoleService.CriterionView;
import io.linchpin.corerole.application.CoreRoleService.HeatMap;
import io.linchpin.corerole.application.CoreRoleService.ModelView;
import io.linchpin.corerole.application.CoreRoleService.RegistryEntry;
import io.linchpin.corerole.application.CoreRoleService.RegistryQuery;
import io.linchpin.corerole.application.ImpactService;
import io.linchpin.corerole.application.ImpactService.ImpactView;
import io.linchpin.corerole.application.ImpactService.Portfolio;
import io.linchpin.corerole.application.SuccessionService;
import io.linchpin.corerole.application.SuccessionService.Nominate;
import io.linchpin.corerole.application.SuccessionService.Succession;
import io.linchpin.corerole.domain.ImpactParameters;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Page;
import io.linchpin.shared.Roles;
import io.linchpin.web.api.support.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The core-role registry: who is hard to do without and why. Lists follow the caller's reach; HR
 * admins and HR business partners assess; HR admins change the scoring model.
 */
@Path("core-roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class CoreRoleResource {

  @EJB CoreRoleService coreRoles;
  @EJB ImpactService impacts;

  @EJB SuccessionService succession;

  /** {@code {"successorId": 123}}. */
  public record PlanFor(Long successorId) {}

  /** {@code {"done": true}}. */
  public record Done(Boolean done) {}

  /** {@code {"rampUpMonths": 6}}. */
  public record RampUp(Integer rampUpMonths) {}

  /**
   * The registry, highest score first: {@code orgUnitId} (with its subtree), {@code dimension}
   * (filter and sort on that dimension's score), {@code minScore}, {@code coreOnly}, {@code q}.
   */
  @GET
  public Page<RegistryEntry> registry(
      @QueryParam("orgUnitId") String orgUnitId,
      @QueryParam("dimension") String dimension,
      @QueryParam("minScore") String minScore,
      @QueryParam("coreOnly") String coreOnly,
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return coreRoles.registry(
        new RegistryQuery(
            Params.longParam("orgUnitId", orgUnitId),
            dimension,
            Params.decimalParam("minScore", minScore),
            Boolean.parseBoolean(coreOnly),
            text,
            Params.intParam("page", page, 0),
            Params.intParam("size", size, 50)));
  }

  @GET
  @Path("criteria")
  public List<CriterionView> criteria() {
    return coreRoles.criteria();
  }

  @GET
  @Path("model")
  public ModelView model() {
    return coreRoles.model();
  }

  @GET
  @Path("model/history")
  public List<ModelView> models() {
    return coreRoles.models();
  }

  /**
   * {@code {"weightResource": 40, "weightExperience": 35, "weightCost": 25, "threshold": 60,
   * "reason": "…"}}; re-scores every current assessment.
   */
  @PUT
  @Path("model")
  @RolesAllowed(Roles.HR_ADMIN)
  public ModelView changeModel(ChangeModel command) {
    return coreRoles.changeModel(command);
  }

  @GET
  @Path("heat-map")
  public HeatMap heatMap(@QueryParam("orgUnitId") String orgUnitId) {
    return coreRoles.heatMap(Params.longParam("orgUnitId", orgUnitId));
  }

  /** The person's current assessment with its evidence; the read is audited with its purpose. */
  @GET
  @Path("{employeeId}")
  public AssessmentView assessment(
      @PathParam("employeeId") long employeeId, @QueryParam("purpose") String purpose) {
    return coreRoles.assessment(employeeId, purpose);
  }

  @GET
  @Path("{employeeId}/assessments")
  public List<AssessmentView> history(@PathParam("employeeId") long employeeId) {
    return coreRoles.history(employeeId);
  }

  /**
   * {@code {"ratings": [{"criterion": "CUSTOMER_ACCOUNTS", "rating": 5, "evidence": "…"}, …],
   * "note": "…"}}.
   */
  @POST
  @Path("{employeeId}/assessments")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response assess(@PathParam("employeeId") long employeeId, Assess command) {
    return Response.status(Response.Status.CREATED)
        .entity(coreRoles.assess(employeeId, command))
        .build();
  }

  /**
   * What losing the person would cost: churn, revenue at risk, replacement cost, each low /
   * expected / high with the reasoning; the read of salary and module records is audited.
   */
  @GET
  @Path("{employeeId}/impact")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public ImpactView impact(
      @PathParam("employeeId") long employeeId, @QueryParam("purpose") String purpose) {
    return impacts.impact(employeeId, purpose);
  }

  /** Successor candidates with readiness and customer coverage, and the transition plan. */
  @GET
  @Path("{employeeId}/succession")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public Succession succession(@PathParam("employeeId") long employeeId) {
    return succession.succession(employeeId);
  }

  /**
   * {@code {"candidateId": 123, "readiness": "ONE_TO_TWO_YEARS", "knownCustomers": ["…"]}}: adds or
   * changes a candidate.
   */
  @POST
  @Path("{employeeId}/succession/candidates")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession nominate(@PathParam("employeeId") long employeeId, Nominate command) {
    return succession.nominate(employeeId, command);
  }

  @DELETE
  @Path("{employeeId}/succession/candidates/{candidateId}")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession withdraw(
      @PathParam("employeeId") long employeeId, @PathParam("candidateId") long candidateId) {
    return succession.withdraw(employeeId, candidateId);
  }

  /** A transition plan for handing over to the candidate, replacing the open tasks. */
  @POST
  @Path("{employeeId}/succession/plan")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession plan(@PathParam("employeeId") long employeeId, PlanFor body) {
    if (body == null || body.successorId() == null) {
      throw new InvalidInputException("successorId", "is required");
    }
    return succession.plan(employeeId, body.successorId());
  }

  @PUT
  @Path("{employeeId}/succession/plan/{taskId}")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Succession done(
      @PathParam("employeeId") long employeeId, @PathParam("taskId") long taskId, Done body) {
    if (body == null || body.done() == null) {
      throw new InvalidInputException("done", "is required");
    }
    return succession.done(employeeId, taskId, body.done());
  }

  /** The risk assessment report as PDF (Chinese and English). */
  @GET
  @Path("{employeeId}/report")
  @Produces("application/pdf")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public Response report(
      @PathParam("employeeId") long employeeId, @QueryParam("purpose") String purpose) {
    return Response.ok(impacts.report(employeeId, purpose), "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"risk-report-" + employeeId + ".pdf\"")
        .build();
  }

  @PUT
  @Path("{employeeId}/impact/ramp-up")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public ImpactView rampUp(@PathParam("employeeId") long employeeId, RampUp body) {
    return impacts.estimateRampUp(employeeId, body == null ? null : body.rampUpMonths());
  }

  /** Every core employee in reach by expected exposure, highest first. */
  @GET
  @Path("impact")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public Portfolio portfolio(@QueryParam("orgUnitId") String orgUnitId) {
    return impacts.portfolio(Params.longParam("orgUnitId", orgUnitId));
  }

  @GET
  @Path("impact-parameters")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD})
  public ImpactParameters parameters() {
    return impacts.parameters();
  }

  @PUT
  @Path("impact-parameters")
  @RolesAllowed(Roles.HR_ADMIN)
  public ImpactParameters changeParameters(ImpactParameters parameters) {
    return impacts.changeParameters(parameters);
  }
}
