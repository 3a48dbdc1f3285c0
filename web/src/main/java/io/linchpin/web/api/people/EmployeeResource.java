package io.linchpin.web.api.people;

import io.linchpin.people.application.AccessService;
import io.linchpin.people.application.CorrectPersonalData;
import io.linchpin.people.application.EmployeeDetails;
import io.linchpin.people.application.EmployeeSearch;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.application.EmploymentEventView;
import io.linchpin.people.application.HireEmployee;
import io.linchpin.people.application.RecordLifecycleEvent;
import io.linchpin.people.domain.EmployeeCriteria.SortField;
import io.linchpin.people.domain.EmployeeStatus;
import io.linchpin.shared.EmployeeId;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Employee records: list, read (as of a date), hire, correct, lifecycle events and history. */
@Path("employees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.HR_ADMIN,
  Roles.HR_BP,
  Roles.LEGAL,
  Roles.LINE_MANAGER,
  Roles.BUSINESS_HEAD,
  Roles.EMPLOYEE
})
public class EmployeeResource {

  private static final int DEFAULT_PAGE_SIZE = 50;

  @EJB EmployeeService employees;
  @EJB AccessService access;

  @Context UriInfo uri;

  /**
   * A page of employees. {@code sort} is a field name, prefixed with {@code -} for descending:
   * {@code employeeNumber}, {@code fullName}, {@code hireDate}, {@code status}.
   */
  @GET
  public Page<EmployeeSummary> list(
      @QueryParam("q") String text,
      @QueryParam("nationalId") String nationalId,
      @QueryParam("orgUnitId") String orgUnitId,
      @QueryParam("positionId") String positionId,
      @QueryParam("status") String status,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (nationalId != null) {
      throw new InvalidInputException(
          "nationalId",
          "a national ID never travels in an address (addresses end up in logs and histories);"
              + " send it in the body of POST /employees/search");
    }
    return search(
        new SearchRequest(
            text,
            null,
            Params.longParam("orgUnitId", orgUnitId),
            Params.longParam("positionId", positionId),
            status,
            sort,
            Params.intParam("page", page, 0),
            Params.intParam("size", size, DEFAULT_PAGE_SIZE)));
  }

  /**
   * The same search as {@link #list}, its criteria in the body: the only way to search by national
   * ID. {@code {"nationalId": "…", "q": …, "orgUnitId": …, "positionId": …, "status": …, "sort": …,
   * "page": …, "size": …}}.
   */
  @POST
  @Path("search")
  public Page<EmployeeSummary> search(SearchRequest request) {
    SearchRequest r =
        request == null
            ? new SearchRequest(null, null, null, null, null, null, null, null)
            : request;
    String sort = r.sort();
    boolean descending = sort != null && sort.startsWith("-");
    String sortName =
        sort == null || sort.isBlank() ? "employeeNumber" : sort.replaceFirst("^[-+]", "");
    return employees.search(
        new EmployeeSearch(
            r.q(),
            r.nationalId(),
            r.orgUnitId(),
            r.positionId(),
            Params.enumParam("status", r.status(), EmployeeStatus.class),
            sortField(sortName),
            descending,
            r.page() == null ? 0 : r.page(),
            r.size() == null ? DEFAULT_PAGE_SIZE : r.size()));
  }

  /** The criteria of an employee search sent in a body. */
  public record SearchRequest(
      String q,
      String nationalId,
      Long orgUnitId,
      Long positionId,
      String status,
      String sort,
      Integer page,
      Integer size) {}

  @GET
  @Path("{id}")
  public EmployeeDetails get(
      @PathParam("id") long id,
      @QueryParam("asOf") String asOf,
      @QueryParam("purpose") String purpose) {
    LocalDate date = Params.dateParam("asOf", asOf);
    return date == null
        ? employees.get(EmployeeId.of(id), purpose)
        : employees.asOf(EmployeeId.of(id), date, purpose);
  }

  @POST
  @RolesAllowed(Roles.HR_ADMIN)
  public Response hire(HireEmployee command) {
    EmployeeDetails hired = employees.hire(command);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(hired.id())).build())
        .entity(hired)
        .build();
  }

  @PUT
  @Path("{id}/personal-data")
  @RolesAllowed(Roles.HR_ADMIN)
  public EmployeeDetails correct(@PathParam("id") long id, CorrectPersonalData command) {
    return employees.correct(EmployeeId.of(id), command);
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public List<EmploymentEventView> history(
      @PathParam("id") long id, @QueryParam("purpose") String purpose) {
    return employees.history(EmployeeId.of(id), purpose);
  }

  @POST
  @Path("{id}/history")
  @RolesAllowed(Roles.HR_ADMIN)
  public Response record(@PathParam("id") long id, RecordLifecycleEvent command) {
    EmploymentEventView event = employees.record(EmployeeId.of(id), command);
    return Response.status(Response.Status.CREATED).entity(event).build();
  }

  /** Why a person's data is erased: {@code {"reason": "left in 2019, retention ended"}}. */
  public record ErasureRequest(String reason) {}

  /** {@code {"held": true, "reason": "labour arbitration 2026-17"}}. */
  public record LegalHoldRequest(boolean held, String reason) {}

  /** Erases the person's data for good (crypto-erasure); refused under a legal hold. */
  @POST
  @Path("{id}/erasure")
  @RolesAllowed(Roles.HR_ADMIN)
  public EmployeeDetails erase(@PathParam("id") long id, ErasureRequest request) {
    return employees.erase(EmployeeId.of(id), request == null ? null : request.reason());
  }

  @PUT
  @Path("{id}/legal-hold")
  @RolesAllowed({Roles.HR_ADMIN, Roles.LEGAL})
  public EmployeeDetails legalHold(@PathParam("id") long id, LegalHoldRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    return employees.holdForLegal(EmployeeId.of(id), request.held(), request.reason());
  }

  private static SortField sortField(String name) {
    for (SortField field : SortField.values()) {
      if (field.property().equalsIgnoreCase(name)
          || field.name().equalsIgnoreCase(name.toUpperCase(Locale.ROOT))) {
        return field;
      }
    }
    throw new InvalidInputException(
        "sort", "must be one of employeeNumber, fullName, hireDate, status (prefix - to reverse)");
  }

  /** The identity-provider account bound to this employee record. */
  @GET
  @Path("{id}/account")
  @RolesAllowed(Roles.HR_ADMIN)
  public AccessService.AccountView account(@PathParam("id") long id) {
    return access.account(id);
  }

  /** Removes the binding, so the next sign-in binds by the employee-number claim again. */
  @DELETE
  @Path("{id}/account")
  @RolesAllowed(Roles.HR_ADMIN)
  public Response unbind(@PathParam("id") long id, @QueryParam("reason") String reason) {
    access.unbind(id, reason);
    return Response.noContent().build();
  }
}
