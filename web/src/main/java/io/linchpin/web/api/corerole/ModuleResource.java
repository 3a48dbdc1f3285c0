package io.linchpin.web.api.corerole;

import io.linchpin.corerole.application.ModuleService;
import io.linchpin.corerole.application.ModuleService.Evaluation;
import io.linchpin.corerole.application.ModuleService.ModuleView;
import io.linchpin.corerole.application.ModuleService.RecordView;
import io.linchpin.people.application.ImportView;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.Roles;
import io.linchpin.web.api.people.ImportResource;
import io.linchpin.web.api.support.Downloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Modules (what matters for a role family, defined without code) and the records people hold in
 * them, with the metrics and rules computed over those records.
 */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class ModuleResource {

  @EJB ModuleService modules;

  @Context UriInfo uri;

  @GET
  public List<ModuleView> modules() {
    return modules.modules();
  }

  /** A new module from its definition; {@code 201}. */
  @POST
  @RolesAllowed(Roles.HR_ADMIN)
  public Response create(JsonObject definition) {
    return Response.status(Response.Status.CREATED).entity(modules.create(definition)).build();
  }

  @GET
  @Path("{key}")
  public ModuleView module(@PathParam("key") String key) {
    return modules.module(key);
  }

  /** A new version of the module; data already entered is kept. */
  @PUT
  @Path("{key}")
  @RolesAllowed(Roles.HR_ADMIN)
  public ModuleView revise(@PathParam("key") String key, JsonObject definition) {
    return modules.revise(key, definition);
  }

  @GET
  @Path("{key}/versions")
  public List<ModuleView> versions(@PathParam("key") String key) {
    return modules.versions(key);
  }

  /** The person's records of the module, of one collection when {@code collection} is given. */
  @GET
  @Path("{key}/people/{employeeId}")
  public List<RecordView> records(
      @PathParam("key") String key,
      @PathParam("employeeId") long employeeId,
      @QueryParam("collection") String collection) {
    return modules.records(employeeId, key, collection);
  }

  /** {@code {"collection": "customers", "values": {"customer": "…", …}}}; {@code 201}. */
  @POST
  @Path("{key}/people/{employeeId}/records")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response add(
      @PathParam("key") String key, @PathParam("employeeId") long employeeId, JsonObject body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    JsonValue collection = body.get("collection");
    if (!(collection instanceof JsonString c) || c.getString().isBlank()) {
      throw new InvalidInputException("collection", "is required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(modules.add(employeeId, key, c.getString(), values(body)))
        .build();
  }

  /** {@code {"values": {…}}}: the record's new values. */
  @PUT
  @Path("{key}/people/{employeeId}/records/{recordId}")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public RecordView change(
      @PathParam("key") String key,
      @PathParam("employeeId") long employeeId,
      @PathParam("recordId") long recordId,
      JsonObject body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    return modules.change(employeeId, key, recordId, values(body));
  }

  @DELETE
  @Path("{key}/people/{employeeId}/records/{recordId}")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response remove(
      @PathParam("key") String key,
      @PathParam("employeeId") long employeeId,
      @PathParam("recordId") long recordId) {
    modules.remove(employeeId, key, recordId);
    return Response.noContent().build();
  }

  @GET
  @Path("{key}/people/{employeeId}/metrics")
  public Evaluation metrics(
      @PathParam("key") String key, @PathParam("employeeId") long employeeId) {
    return modules.evaluate(employeeId, key);
  }

  /**
   * A file (CSV or XLSX) of a collection's records to import, all or nothing: a column "工号" (or
   * employeeNumber), optionally "记录编号" (recordId) to change a record, and a column per field headed
   * by its key or label. Answers 202 with the import; follow its location.
   */
  @POST
  @Path("{key}/collections/{collection}/imports")
  @Consumes({
    "text/csv",
    "text/plain",
    ImportResource.XLSX,
    MediaType.APPLICATION_OCTET_STREAM,
    "application/vnd.ms-excel"
  })
  @RolesAllowed(Roles.HR_ADMIN)
  public Response importRecords(
      @PathParam("key") String key,
      @PathParam("collection") String collection,
      @QueryParam("fileName") String fileName,
      byte[] file) {
    if (file == null || file.length == 0) {
      throw new InvalidInputException("file", "the request body must be the file to import");
    }
    ImportView accepted = modules.importRecords(key, collection, fileName, file);
    return Response.accepted(accepted)
        .location(
            uri.getBaseUriBuilder().path("imports").path(Long.toString(accepted.id())).build())
        .build();
  }

  /** The header row a collection's import reads, as CSV ({@code lang=en} for field keys). */
  @GET
  @Path("{key}/collections/{collection}/import-template")
  @Produces("text/csv")
  @RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP})
  public Response importTemplate(
      @PathParam("key") String key,
      @PathParam("collection") String collection,
      @QueryParam("lang") String language) {
    return Downloads.file(
        new ByteArrayInputStream(modules.importTemplate(key, collection, language)),
        "linchpin-" + key + "-" + collection + ".csv",
        "text/csv; charset=UTF-8");
  }

  private static JsonObject values(JsonObject body) {
    JsonValue values = body.get("values");
    if (values == null || values.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(values instanceof JsonObject o)) {
      throw new InvalidInputException("values", "must be an object of field values");
    }
    return o;
  }
}
