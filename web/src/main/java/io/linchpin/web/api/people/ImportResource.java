package io.linchpin.web.api.people;

import io.linchpin.monitoring.application.SignalService;
import io.linchpin.people.application.ColumnMappingView;
import io.linchpin.people.application.ImportService;
import io.linchpin.people.application.ImportView;
import io.linchpin.people.application.SubmitImport;
import io.linchpin.people.domain.imports.ImportKind;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Map;

/**
 * Bulk imports. Upload a file as the request body ({@code text/csv}, an XLSX workbook or {@code
 * application/octet-stream}), then follow the returned location until the status is COMPLETED or
 * REJECTED.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
public class ImportResource {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB ImportService imports;
  @EJB SignalService signals;

  @Context UriInfo uri;

  /** A body naming other systems' headers: {@code {"columns": {"员工编号": "employeeNumber"}}}. */
  public record MappingBody(Map<String, String> columns) {}

  @POST
  @Path("employees")
  @Consumes({
    "text/csv",
    "text/plain",
    XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "application/vnd.ms-excel"
  })
  @RolesAllowed(Roles.HR_ADMIN)
  public Response importEmployees(
      byte[] file, @QueryParam("fileName") String fileName, @QueryParam("mapping") String mapping) {
    return submit(ImportKind.EMPLOYEES, file, fileName, mapping);
  }

  /** An org chart: a path per unit ("研发中心/平台组") and optionally the unit's code. */
  @POST
  @Path("org-units")
  @Consumes({
    "text/csv",
    "text/plain",
    XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "application/vnd.ms-excel"
  })
  @RolesAllowed(Roles.HR_ADMIN)
  public Response importOrgUnits(byte[] file, @QueryParam("fileName") String fileName) {
    return submit(ImportKind.ORG_UNITS, file, fileName, null);
  }

  /**
   * Internal signals: one row per person and month (工号, 月份) and a column per series (出勤小时, 加班小时,
   * 出差天数, 报销金额, 酒店每晚费用, 绩效得分).
   */
  @POST
  @Path("signals")
  @Consumes({
    "text/csv",
    "text/plain",
    XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "application/vnd.ms-excel"
  })
  @RolesAllowed(Roles.HR_ADMIN)
  public Response importSignals(byte[] file, @QueryParam("fileName") String fileName) {
    if (file == null || file.length == 0) {
      throw new InvalidInputException("file", "the request body must be the file to import");
    }
    return accepted(signals.importSignals(fileName, file));
  }

  @GET
  @Path("signals/template")
  @Produces("text/csv")
  public Response signalTemplate(@QueryParam("lang") String language) {
    boolean english = language != null && language.toLowerCase().startsWith("en");
    return Response.ok(signals.importTemplate(english ? "en" : "zh"), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"linchpin-signals-" + (english ? "en" : "zh") + ".csv\"")
        .build();
  }

  private Response accepted(ImportView accepted) {
    return Response.accepted(accepted)
        .location(
            uri.getBaseUriBuilder().path("imports").path(Long.toString(accepted.id())).build())
        .build();
  }

  private Response submit(ImportKind kind, byte[] file, String fileName, String mapping) {
    if (file == null || file.length == 0) {
      throw new InvalidInputException("file", "the request body must be the file to import");
    }
    return accepted(
        imports.submit(
            new SubmitImport(
                kind,
                fileName == null || fileName.isBlank() ? "upload" : fileName,
                file,
                mapping == null || mapping.isBlank() ? null : mapping)));
  }

  @GET
  public List<ImportView> recent() {
    return imports.recent();
  }

  @GET
  @Path("{id: \\d+}")
  public ImportView get(@PathParam("id") long id) {
    return imports.get(id);
  }

  @GET
  @Path("employees/template")
  @Produces("text/csv")
  public Response employeeTemplate(@QueryParam("lang") String language) {
    return template(ImportKind.EMPLOYEES, language);
  }

  @GET
  @Path("org-units/template")
  @Produces("text/csv")
  public Response orgUnitTemplate(@QueryParam("lang") String language) {
    return template(ImportKind.ORG_UNITS, language);
  }

  private Response template(ImportKind kind, String language) {
    boolean english = language != null && language.toLowerCase().startsWith("en");
    return Response.ok(imports.template(kind, english ? "en" : "zh"), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"linchpin-"
                + kind.apiName()
                + "-"
                + (english ? "en" : "zh")
                + ".csv\"")
        .build();
  }

  @GET
  @Path("mappings")
  public List<ColumnMappingView> mappings() {
    return imports.mappings();
  }

  @PUT
  @Path("mappings/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HR_ADMIN)
  public ColumnMappingView saveMapping(@PathParam("name") String name, MappingBody body) {
    return imports.saveMapping(name, body == null ? null : body.columns());
  }
}
