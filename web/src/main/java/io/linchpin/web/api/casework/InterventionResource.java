package io.linchpin.web.api.casework;

import io.linchpin.casework.application.InterventionService;
import io.linchpin.casework.application.InterventionService.AgreementFile;
import io.linchpin.casework.application.InterventionService.CountCustomers;
import io.linchpin.casework.application.InterventionService.InterventionView;
import io.linchpin.casework.application.InterventionService.PlanIntervention;
import io.linchpin.casework.application.InterventionService.RecordRepayment;
import io.linchpin.casework.application.InterventionService.UpdateIntervention;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** A case's interventions: plan, move on, repayments of a relief loan, the agreement document. */
@Path("cases/{id}/interventions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class InterventionResource {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PDF = "application/pdf";

  @EJB InterventionService interventions;

  @GET
  public List<InterventionView> list(@PathParam("id") long caseId) {
    return interventions.list(caseId);
  }

  @POST
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response plan(@PathParam("id") long caseId, PlanIntervention command) {
    return Response.status(Response.Status.CREATED)
        .entity(interventions.plan(caseId, command))
        .build();
  }

  @PUT
  @Path("{interventionId}")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public InterventionView update(
      @PathParam("id") long caseId,
      @PathParam("interventionId") long interventionId,
      UpdateIntervention command) {
    return interventions.update(caseId, interventionId, command);
  }

  /** {@code {"paidOn": "2026-12-10", "amount": 2083.33}}. */
  @POST
  @Path("{interventionId}/repayments")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response repay(
      @PathParam("id") long caseId,
      @PathParam("interventionId") long interventionId,
      RecordRepayment command) {
    return Response.status(Response.Status.CREATED)
        .entity(interventions.repay(caseId, interventionId, command))
        .build();
  }

  /** A customer transition's outcome: {@code {"held": 12, "kept": 10}}. */
  @PUT
  @Path("{interventionId}/customers")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public InterventionView countCustomers(
      @PathParam("id") long caseId,
      @PathParam("interventionId") long interventionId,
      CountCustomers command) {
    return interventions.countCustomers(caseId, interventionId, command);
  }

  /** The agreement to sign: {@code ?format=docx} (the default) or {@code ?format=pdf}. */
  @GET
  @Path("{interventionId}/agreement")
  @Produces({DOCX, PDF})
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response agreement(
      @PathParam("id") long caseId,
      @PathParam("interventionId") long interventionId,
      @QueryParam("format") @DefaultValue("docx") String format) {
    AgreementFile file = interventions.agreement(caseId, interventionId, format);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
