package io.linchpin.web.portal.casework;

import io.linchpin.casework.application.CaseSettings;
import io.linchpin.casework.application.CaseSettings.SlaView;
import io.linchpin.casework.application.InterventionService;
import io.linchpin.casework.application.PlaybookService;
import io.linchpin.casework.application.PlaybookService.PlaybookView;
import io.linchpin.casework.application.PlaybookService.VersionView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import io.linchpin.web.portal.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The playbooks page (HR): each case type's playbook with its versions, the newest as a BPMN file
 * to edit in any modeler, and the SLAs of its steps and of the whole case. HR admins upload a new
 * version (checked first, refused with every reason by line), change the SLAs cases opened from
 * then on take, and the relief-loan maximum.
 */
@Named("playbooks")
@ViewScoped
public class PlaybooksBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient PlaybookService service;
  @EJB private transient CaseSettings settings;
  @EJB private transient InterventionService interventions;

  private List<PlaybookView> list = List.of();
  private String type;
  private List<SlaRow> slas = List.of();
  private BigDecimal reliefLoanMax;

  /** One editable SLA: the step and two ISO-8601 durations. */
  public static class SlaRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String step;
    private String sla;
    private String remindBefore;

    SlaRow(SlaView view) {
      this.step = view.step();
      this.sla = readable(view.sla());
      this.remindBefore = readable(view.remindBefore());
    }

    public String getStep() {
      return step;
    }

    public String getSla() {
      return sla;
    }

    public void setSla(String sla) {
      this.sla = sla;
    }

    public String getRemindBefore() {
      return remindBefore;
    }

    public void setRemindBefore(String remindBefore) {
      this.remindBefore = remindBefore;
    }
  }

  /** A duration in whole days as days ({@code P14D}), otherwise as ISO-8601 gives it. */
  static String readable(String iso) {
    try {
      Duration d = Duration.parse(iso);
      return !d.isZero() && d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString();
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** A step's name in the portal's language, or its id in the playbook when it has none. */
  public String stepName(String step) {
    return Texts.of("step." + step, step);
  }

  @PostConstruct
  void load() {
    try {
      list = service.playbooks();
      reliefLoanMax = interventions.reliefLoanMaximum();
      if (!list.isEmpty()) {
        open(list.get(0).caseType());
      }
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Opens a case type's playbook: its versions and SLAs. */
  public void open(String caseType) {
    try {
      type = caseType;
      slas = new ArrayList<>(settings.slas(caseType).stream().map(SlaRow::new).toList());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public PlaybookView getSelected() {
    return list.stream().filter(p -> p.caseType().equals(type)).findFirst().orElse(null);
  }

  /** Saves the SLAs as edited; cases opened from now on take them. */
  public void saveSlas() {
    try {
      List<SlaView> changed =
          settings.changeSlas(
              type,
              slas.stream()
                  .map(r -> new SlaView(r.getStep(), strip(r.getSla()), strip(r.getRemindBefore())))
                  .toList());
      slas = new ArrayList<>(changed.stream().map(SlaRow::new).toList());
      FacesErrors.info("playbooks.slasSaved");
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  /** Checks and deploys an uploaded BPMN file as the open playbook's new version. */
  public void upload(FileUploadEvent event) {
    try {
      VersionView v = service.upload(type, event.getFile().getContent());
      FacesErrors.info("playbooks.deployed", v.version(), v.name());
      list = service.playbooks();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** The newest version of the open playbook as a BPMN 2.0 file. */
  public StreamedContent getBpmn() {
    String t = type;
    if (t == null) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name(t + ".bpmn20.xml")
        .contentType("application/xml")
        .stream(() -> new ByteArrayInputStream(service.latestBpmn(t)))
        .build();
  }

  public void saveReliefLoanMax() {
    try {
      reliefLoanMax = interventions.changeReliefLoanMaximum(reliefLoanMax);
      FacesErrors.info("playbooks.loanSaved", reliefLoanMax.toPlainString());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public List<PlaybookView> getList() {
    return list;
  }

  public String getType() {
    return type;
  }

  public List<SlaRow> getSlas() {
    return slas;
  }

  public BigDecimal getReliefLoanMax() {
    return reliefLoanMax;
  }

  public void setReliefLoanMax(BigDecimal reliefLoanMax) {
    this.reliefLoanMax = reliefLoanMax;
  }
}
