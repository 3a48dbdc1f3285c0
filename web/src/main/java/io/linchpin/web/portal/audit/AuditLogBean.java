package io.linchpin.web.portal.audit;

import io.linchpin.audit.application.AuditEntryView;
import io.linchpin.audit.application.AuditLog;
import io.linchpin.audit.application.AuditQuery;
import io.linchpin.audit.domain.ChainVerifier.Verification;
import io.linchpin.shared.AuditOperation;
import io.linchpin.shared.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for auditors: search by person, object, user, time; verify the chain. */
@Named("auditLog")
@ViewScoped
public class AuditLogBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AuditLog audit;

  private String actor;
  private String objectType;
  private String objectId;
  private AuditOperation operation;
  private LocalDate from;
  private LocalDate to;
  private String verification;
  private boolean intact;
  private final LazyDataModel<EntryRow> model = new Entries();

  public void verify() {
    Verification v = audit.verify();
    intact = v.intact();
    verification =
        v.intact()
            ? "The audit log is intact: " + v.entries() + " entries verified."
            : "The audit log is BROKEN at entry " + v.brokenAt() + ": " + v.reason();
  }

  public AuditOperation[] getOperations() {
    return AuditOperation.values();
  }

  public LazyDataModel<EntryRow> getModel() {
    return model;
  }

  public String getVerification() {
    return verification;
  }

  public boolean isIntact() {
    return intact;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = blankToNull(actor);
  }

  public String getObjectType() {
    return objectType;
  }

  public void setObjectType(String objectType) {
    this.objectType = blankToNull(objectType);
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = blankToNull(objectId);
  }

  public AuditOperation getOperation() {
    return operation;
  }

  public void setOperation(AuditOperation operation) {
    this.operation = operation;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant startOf(LocalDate date) {
    return date == null ? null : date.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  /** A table row with bean getters for Faces. */
  public static final class EntryRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final AuditEntryView view;

    EntryRow(AuditEntryView view) {
      this.view = view;
    }

    public long getSeq() {
      return view.seq();
    }

    public Instant getOccurredAt() {
      return view.occurredAt();
    }

    public String getActor() {
      return view.actor();
    }

    public String getRoles() {
      return String.join(", ", view.roles());
    }

    public String getOperation() {
      return view.operation();
    }

    public String getObject() {
      return view.objectType() == null ? "" : view.objectType() + " " + view.objectId();
    }

    public String getFields() {
      return String.join(", ", view.fields());
    }

    public String getPurpose() {
      return view.purpose() == null ? "" : view.purpose();
    }

    public String getOutcome() {
      return view.outcome();
    }
  }

  private final class Entries extends LazyDataModel<EntryRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) fetch(0, 1).total();
    }

    @Override
    public List<EntryRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, pageSize);
      Page<AuditEntryView> page = fetch(first / size, size);
      setRowCount((int) page.total());
      return page.items().stream().map(EntryRow::new).toList();
    }

    @Override
    public String getRowKey(EntryRow row) {
      return Long.toString(row.getSeq());
    }

    private Page<AuditEntryView> fetch(int page, int size) {
      return audit.search(
          new AuditQuery(
              actor,
              objectType,
              objectId,
              operation,
              startOf(from),
              to == null ? null : startOf(to.plusDays(1)),
              page,
              size));
    }
  }
}
