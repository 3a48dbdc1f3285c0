package io.linchpin.web.api.analytics;

import io.linchpin.analytics.application.PolicyNotes;
import io.linchpin.analytics.application.PolicyNotes.Comparison;
import io.linchpin.analytics.application.PolicyNotes.NoteView;
import io.linchpin.analytics.application.PolicyNotes.RecordNote;
import io.linchpin.analytics.application.ReviewReports;
import io.linchpin.analytics.application.ReviewReports.ReportFile;
import io.linchpin.analytics.application.ReviewReports.ReportView;
import io.linchpin.analytics.application.ReviewService;
import io.linchpin.analytics.application.ReviewService.AlertReview;
import io.linchpin.analytics.application.ReviewService.CaseReview;
import io.linchpin.analytics.application.ReviewService.InterventionReview;
import io.linchpin.analytics.application.ReviewService.ReviewFilter;
import io.linchpin.analytics.application.ReviewService.RiskReview;
import io.linchpin.analytics.application.ReviewService.RootCauseReview;
import io.linchpin.casework.application.CaseSummary;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import io.linchpin.web.api.support.Params;
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
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;

/**
 * The review of incidents for the caller's scope: {@code ?from=2026-01-01&to=2026-12-31} (days,
 * both included; by default the last twelve whole months), {@code orgUnitId}, {@code caseType},
 * {@code roleFamily}.
 */
@Path("review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LEGAL})
public class ReviewResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String PDF = "application/pdf";

  @EJB ReviewService review;
  @EJB ReviewReports reports;
  @EJB PolicyNotes notes;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("orgUnitId")
  String orgUnitId;

  @QueryParam("caseType")
  String caseType;

  @QueryParam("roleFamily")
  String roleFamily;

  @GET
  @Path("risk")
  public RiskReview risk() {
    return review.risk(filter());
  }

  @GET
  @Path("cases")
  public CaseReview cases() {
    return review.cases(filter());
  }

  @GET
  @Path("root-causes")
  public RootCauseReview rootCauses() {
    return review.rootCauses(filter());
  }

  /** The closed cases with the root cause that the caller may open. */
  @GET
  @Path("root-causes/{rootCause}/cases")
  public List<CaseSummary> casesWithRootCause(@PathParam("rootCause") String rootCause) {
    return review.casesWithRootCause(filter(), rootCause);
  }

  @GET
  @Path("alerts")
  public AlertReview alerts() {
    return review.alerts(filter());
  }

  @GET
  @Path("interventions")
  public InterventionReview interventions() {
    return review.interventions(filter());
  }

  /**
   * A view as a file: {@code risk}, {@code cases}, {@code root-causes}, {@code alerts} or {@code
   * interventions}; {@code ?format=xlsx} (an Excel workbook, the default) or {@code pdf}.
   */
  @GET
  @Path("{view}/export")
  @Produces({XLSX, PDF})
  public Response export(@PathParam("view") String view, @QueryParam("format") String format) {
    byte[] file = review.export(view, format, filter());
    boolean pdf = "pdf".equals(format);
    return Response.ok(file, pdf ? PDF : XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"linchpin-review-" + view + (pdf ? ".pdf" : ".xlsx") + "\"")
        .build();
  }

  /** The monthly reports kept (HR admins). */
  @GET
  @Path("reports")
  @RolesAllowed(Roles.HR_ADMIN)
  public List<ReportView> reports() {
    return reports.reports();
  }

  /** Produces a month's report again: {@code {"month": "2026-11"}}. */
  @POST
  @Path("reports")
  @RolesAllowed(Roles.HR_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response produce(ProduceReport body) {
    YearMonth month;
    try {
      month = body == null || body.month() == null ? null : YearMonth.parse(body.month().strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("month", "must be a month as 2026-11");
    }
    return Response.status(Response.Status.CREATED).entity(reports.produce(month)).build();
  }

  /** A report as {@code ?format=pdf} (the default) or {@code xlsx}. */
  @GET
  @Path("reports/{id}/file")
  @RolesAllowed(Roles.HR_ADMIN)
  @Produces({PDF, XLSX})
  public Response report(@PathParam("id") long id, @QueryParam("format") String format) {
    ReportFile file = reports.file(id, format);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  @GET
  @Path("policy-notes")
  public List<NoteView> policyNotes() {
    return notes.notes();
  }

  /** Records a policy change with the view that led to it (HR admins). */
  @POST
  @Path("policy-notes")
  @RolesAllowed(Roles.HR_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(RecordNote body) {
    return Response.status(Response.Status.CREATED).entity(notes.record(body)).build();
  }

  /** The note's view before the change and after it, in the caller's scope. */
  @GET
  @Path("policy-notes/{id}/comparison")
  public Comparison comparison(@PathParam("id") long id) {
    return notes.compare(id);
  }

  /** The month a report is produced for. */
  public record ProduceReport(String month) {}

  private ReviewFilter filter() {
    return new ReviewFilter(
        Params.dateParam("from", from),
        Params.dateParam("to", to),
        Params.longParam("orgUnitId", orgUnitId),
        caseType,
        roleFamily);
  }
}
