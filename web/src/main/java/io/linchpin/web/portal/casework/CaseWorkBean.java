package io.linchpin.web.portal.casework;

import io.linchpin.casework.application.CaseFiles;
import io.linchpin.casework.application.CaseFiles.CaseFileView;
import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.InterventionService;
import io.linchpin.casework.application.InterventionService.AgreementFile;
import io.linchpin.casework.application.InterventionService.CountCustomers;
import io.linchpin.casework.application.InterventionService.InterventionView;
import io.linchpin.casework.application.InterventionService.PlanIntervention;
import io.linchpin.casework.application.InterventionService.RecordRepayment;
import io.linchpin.casework.application.InterventionService.UpdateIntervention;
import io.linchpin.shared.FieldViolation;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.LinchpinException;
import io.linchpin.shared.Roles;
import io.linchpin.web.portal.FacesErrors;
import io.linchpin.web.portal.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The work on the chosen case of the cases page: its files (added by anyone who works the case,
 * downloads audited) and its interventions: planned by HR with the details each kind records, moved
 * on to done with an outcome, a relief loan's repayments, an agreement printed for signature and
 * its signed copy linked from the case's files.
 */
@Named("caseWork")
@ViewScoped
public class CaseWorkBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of intervention, in the order HR meets them. */
  static final List<String> KINDS =
      List.of(
          "RELIEF_LOAN",
          "WORKLOAD_REBALANCING",
          "SUPPLEMENTARY_AGREEMENT",
          "SUCCESSOR_SHADOWING",
          "KPI_WEIGHT_CHANGE",
          "CUSTOMER_TRANSITION");

  @Inject CasesBean cases;
  @EJB private transient CaseFiles caseFiles;
  @EJB private transient InterventionService interventions;

  private Long loadedFor;
  private List<CaseFileView> files = List.of();
  private List<InterventionView> planned = List.of();

  private String kind = "RELIEF_LOAN";
  private String owner;
  private LocalDate dueDate;
  private BigDecimal amount;
  private Integer months;
  private String moves;
  private String title;
  private String terms;
  private String successor;
  private String plan;
  private String metric;
  private BigDecimal oldWeight;
  private BigDecimal newWeight;
  private String customers;

  private Long acting;
  private String outcome;
  private LocalDate paidOn;
  private BigDecimal paid;
  private Integer customersHeld;
  private Integer customersKept;
  private String signedCopy;

  /** Reads the chosen case's files and interventions again. */
  public void reload() {
    CaseView c = cases.getSelected();
    if (c == null) {
      loadedFor = null;
      files = List.of();
      planned = List.of();
      return;
    }
    loadedFor = c.id();
    try {
      files = caseFiles.list(c.id());
      planned = interventions.list(c.id());
    } catch (LinchpinException e) {
      files = List.of();
      planned = List.of();
      FacesErrors.show(e);
    }
  }

  private void current() {
    CaseView c = cases.getSelected();
    if (c == null ? loadedFor != null : !Long.valueOf(c.id()).equals(loadedFor)) {
      reload();
    }
  }

  public List<CaseFileView> getFiles() {
    current();
    return files;
  }

  public List<InterventionView> getInterventions() {
    current();
    return planned;
  }

  /** Stores an uploaded file on the case, encrypted with the person's key. */
  public void upload(FileUploadEvent event) {
    CaseView c = cases.getSelected();
    if (c == null) {
      return;
    }
    try (InputStream content = event.getFile().getInputStream()) {
      CaseFileView stored = caseFiles.attach(c.id(), event.getFile().getFileName(), content);
      FacesErrors.info("caseWork.attached", stored.fileName());
      cases.select(c.id());
      reload();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    } catch (IOException e) {
      FacesErrors.show(new InvalidInputException("file", "the upload could not be read"));
    }
  }

  /** A file of the case, opened when the browser asks for it; the download is audited. */
  public StreamedContent download(String attachmentId) {
    CaseView c = cases.getSelected();
    CaseFileView file =
        files.stream().filter(f -> f.id().equals(attachmentId)).findFirst().orElse(null);
    if (c == null || file == null) {
      return null;
    }
    long caseId = c.id();
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .stream(() -> caseFiles.download(caseId, attachmentId).content())
        .build();
  }

  /** Plans an intervention of the chosen kind with the details that kind records. */
  public void plan() {
    CaseView c = cases.getSelected();
    if (c == null) {
      return;
    }
    try {
      InterventionView made =
          interventions.plan(
              c.id(),
              new PlanIntervention(
                  kind, owner == null || owner.isBlank() ? caller() : owner, dueDate, details()));
      FacesErrors.info("caseWork.planned", kindLabel(made.kind()));
      clearPlan();
      cases.select(c.id());
      reload();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    switch (kind) {
      case "RELIEF_LOAN" -> {
        put(d, "amount", amount);
        put(d, "months", months);
      }
      case "WORKLOAD_REBALANCING" -> d.put("moves", parseMoves(moves));
      case "SUPPLEMENTARY_AGREEMENT" -> {
        put(d, "title", title);
        put(d, "terms", terms);
      }
      case "SUCCESSOR_SHADOWING" -> {
        put(d, "successor", successor);
        put(d, "plan", plan);
      }
      case "KPI_WEIGHT_CHANGE" -> {
        put(d, "metric", metric);
        put(d, "oldWeight", oldWeight);
        put(d, "newWeight", newWeight);
      }
      case "CUSTOMER_TRANSITION" -> {
        put(d, "customers", customers);
        put(d, "plan", plan);
      }
      default -> {
        // an unknown kind is refused by the service, naming the field
      }
    }
    return d;
  }

  private static void put(Map<String, Object> d, String key, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      d.put(key, value);
    }
  }

  /**
   * One move a line, {@code work → person} (also {@code ->} or {@code =>}); a line without an arrow
   * is refused by its line number.
   */
  static List<Map<String, Object>> parseMoves(String text) {
    List<Map<String, Object>> list = new ArrayList<>();
    if (text == null) {
      return list;
    }
    List<FieldViolation> wrong = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s*(→|->|=>)\\s*", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        wrong.add(
            new FieldViolation(
                "details.moves line " + (i + 1), "write the work, an arrow (→ or ->) and who"));
      } else {
        list.add(Map.of("work", parts[0].strip(), "to", parts[1].strip()));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    return list;
  }

  private void clearPlan() {
    owner = null;
    dueDate = null;
    amount = null;
    months = null;
    moves = null;
    title = null;
    terms = null;
    successor = null;
    plan = null;
    metric = null;
    oldWeight = null;
    newWeight = null;
    customers = null;
  }

  /** Opens an intervention's action row (outcome, repayment, signed copy, customers kept). */
  public void act(long interventionId) {
    acting = interventionId;
    outcome = null;
    paidOn = LocalDate.now();
    paid = null;
    signedCopy = null;
    InterventionView i =
        getInterventions().stream().filter(v -> v.id() == interventionId).findFirst().orElse(null);
    customersHeld = i == null || i.customers() == null ? null : i.customers().held();
    customersKept = i == null || i.customers() == null ? null : i.customers().kept();
  }

  /** Records how many of the customers handed over the company kept. */
  public void countCustomers(long interventionId) {
    changed(
        caseId ->
            interventions.countCustomers(
                caseId, interventionId, new CountCustomers(customersHeld, customersKept)),
        changed ->
            FacesErrors.info(
                "caseWork.customersCounted",
                Integer.toString(changed.customers().kept()),
                Integer.toString(changed.customers().held())));
  }

  public void start(long interventionId) {
    update(interventionId, new UpdateIntervention("IN_PROGRESS", null, null, null, null));
  }

  public void finish(long interventionId) {
    update(interventionId, new UpdateIntervention("DONE", outcome, null, null, null));
  }

  public void cancel(long interventionId) {
    update(
        interventionId,
        new UpdateIntervention(
            "CANCELLED", outcome == null || outcome.isBlank() ? null : outcome, null, null, null));
  }

  /** Links a file of the case as the agreement's signed copy. */
  public void linkSignedCopy(InterventionView i) {
    if (signedCopy == null || signedCopy.isBlank()) {
      FacesErrors.show(new InvalidInputException("signedCopy", "choose the scanned signed copy"));
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>(i.details());
    details.put("signedAttachmentId", signedCopy);
    update(i.id(), new UpdateIntervention(null, null, null, null, details));
  }

  private void update(long interventionId, UpdateIntervention command) {
    changed(
        caseId -> interventions.update(caseId, interventionId, command),
        changed ->
            FacesErrors.info(
                "caseWork.updated",
                kindLabel(changed.kind()),
                Texts.of("interventionStatus." + changed.status())));
  }

  /** Records a repayment of the relief loan being acted on. */
  public void repay(long interventionId) {
    changed(
        caseId -> interventions.repay(caseId, interventionId, new RecordRepayment(paidOn, paid)),
        changed ->
            FacesErrors.info("caseWork.repaidInfo", changed.loan().balance().toPlainString()));
  }

  /**
   * Changes an intervention of the selected case ({@code change} given the case id), says what
   * became of it, closes its action row and shows the case again; an error is shown instead.
   */
  private void changed(
      java.util.function.LongFunction<InterventionView> change,
      java.util.function.Consumer<InterventionView> told) {
    CaseView c = cases.getSelected();
    if (c == null) {
      return;
    }
    try {
      told.accept(change.apply(c.id()));
      acting = null;
      cases.select(c.id());
      reload();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The agreement printed for signature, {@code pdf} or {@code docx}; the export is audited. */
  public StreamedContent agreement(long interventionId, String format) {
    CaseView c = cases.getSelected();
    if (c == null) {
      return null;
    }
    try {
      AgreementFile file = interventions.agreement(c.id(), interventionId, format);
      return DefaultStreamedContent.builder()
          .name(file.fileName())
          .contentType(file.contentType())
          .stream(() -> new ByteArrayInputStream(file.content()))
          .build();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
      return null;
    }
  }

  /** The name of a file of the case by its id, for an agreement's signed copy. */
  public String fileName(Object attachmentId) {
    return getFiles().stream()
        .filter(f -> f.id().equals(attachmentId))
        .map(CaseFileView::fileName)
        .findFirst()
        .orElse(String.valueOf(attachmentId));
  }

  /** A file size as people read it. */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 512) / 1024 + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  /** The details an intervention records, as label and value, without the loan's own fields. */
  public List<Map.Entry<String, String>> detailLines(InterventionView i) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    for (Map.Entry<String, Object> e : i.details().entrySet()) {
      String key = e.getKey();
      if ("interestFree".equals(key) || ("RELIEF_LOAN".equals(i.kind()) && i.loan() != null)) {
        continue;
      }
      String value;
      if ("moves".equals(key) && e.getValue() instanceof List<?> list) {
        StringBuilder b = new StringBuilder();
        for (Object m : list) {
          if (m instanceof Map<?, ?> move) {
            b.append(b.isEmpty() ? "" : "\n")
                .append(move.get("work"))
                .append(" → ")
                .append(move.get("to"));
          }
        }
        value = b.toString();
      } else if ("signedAttachmentId".equals(key)) {
        value = fileName(e.getValue());
      } else {
        value = String.valueOf(e.getValue());
      }
      lines.add(Map.entry(Texts.of("intervention.detail." + key), value));
    }
    return lines;
  }

  public boolean isMayChange() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Roles.HR_ADMIN) || external.isUserInRole(Roles.HR_BP);
  }

  private static String caller() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  private static String kindLabel(String kind) {
    return Texts.of("interventionKind." + kind);
  }

  public List<String> getKinds() {
    return KINDS;
  }

  public BigDecimal getReliefLoanMaximum() {
    return interventions.reliefLoanMaximum();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }

  public String getMoves() {
    return moves;
  }

  public void setMoves(String moves) {
    this.moves = moves;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTerms() {
    return terms;
  }

  public void setTerms(String terms) {
    this.terms = terms;
  }

  public String getSuccessor() {
    return successor;
  }

  public void setSuccessor(String successor) {
    this.successor = successor;
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }

  public String getMetric() {
    return metric;
  }

  public void setMetric(String metric) {
    this.metric = metric;
  }

  public BigDecimal getOldWeight() {
    return oldWeight;
  }

  public void setOldWeight(BigDecimal oldWeight) {
    this.oldWeight = oldWeight;
  }

  public BigDecimal getNewWeight() {
    return newWeight;
  }

  public void setNewWeight(BigDecimal newWeight) {
    this.newWeight = newWeight;
  }

  public String getCustomers() {
    return customers;
  }

  public void setCustomers(String customers) {
    this.customers = customers;
  }

  public Long getActing() {
    return acting;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public Integer getCustomersHeld() {
    return customersHeld;
  }

  public void setCustomersHeld(Integer customersHeld) {
    this.customersHeld = customersHeld;
  }

  public Integer getCustomersKept() {
    return customersKept;
  }

  public void setCustomersKept(Integer customersKept) {
    this.customersKept = customersKept;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public void setPaid(BigDecimal paid) {
    this.paid = paid;
  }

  public String getSignedCopy() {
    return signedCopy;
  }

  public void setSignedCopy(String signedCopy) {
    this.signedCopy = signedCopy;
  }
}
