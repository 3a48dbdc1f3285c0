package io.linchpin.web.api.casework;

import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.TaskInbox;
import io.linchpin.casework.application.TaskView;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The caller's inbox of playbook steps: take, hand on, complete with the step's form. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class TaskResource {

  @EJB TaskInbox inbox;

  /** {@code ?filter=mine} (assigned to me), {@code offered} (to my roles), or both. */
  @GET
  public List<TaskView> inbox(@QueryParam("filter") String filter) {
    return inbox.inbox(filter);
  }

  @POST
  @Path("{id}/claim")
  public TaskView claim(@PathParam("id") String id) {
    return inbox.claim(id);
  }

  /** {@code {"username": "hr.bp2"}}. */
  public record ReassignRequest(String username) {}

  @POST
  @Path("{id}/assignee")
  public TaskView reassign(@PathParam("id") String id, ReassignRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    return inbox.reassign(id, request.username());
  }

  /** {@code {"values": {"employeeReached": true, "situation": "…"}}}. */
  public record CompleteRequest(Map<String, Object> values) {}

  @POST
  @Path("{id}/complete")
  public CaseView complete(@PathParam("id") String id, CompleteRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    return inbox.complete(id, request.values());
  }
}
