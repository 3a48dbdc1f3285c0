package io.linchpin.web.portal.corerole;

import io.linchpin.corerole.application.ModuleService;
import io.linchpin.people.application.ImportService;
import io.linchpin.people.application.ImportView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Importing a module collection's records from a spreadsheet on the modules page (HR admins): the
 * template to fill, the upload, and the import followed until it is complete or refused with every
 * reason, line by line. A refused file writes nothing.
 */
@Named("recordImport")
@ViewScoped
public class RecordImportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModulesBean modules;
  @EJB private transient ModuleService moduleService;
  @EJB private transient ImportService imports;

  private String collection;
  private ImportView last;

  /** Accepts the uploaded file for import into the chosen collection. */
  public void upload(FileUploadEvent event) {
    try {
      last =
          moduleService.importRecords(
              modules.getSelectedKey(),
              chosenCollection(),
              event.getFile().getFileName(),
              event.getFile().getContent());
      FacesErrors.info("recordImport.submitted", last.fileName());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Reads the import's state again; once it has ended, the page shows the new records. */
  public void refresh() {
    if (last == null) {
      return;
    }
    try {
      last = imports.get(last.id());
      if (!isRunning()) {
        modules.refresh();
      }
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public boolean isRunning() {
    return last != null && last.status().unfinished();
  }

  /** The CSV template of the chosen collection, with Chinese headers. */
  public StreamedContent getTemplate() {
    String key = modules.getSelectedKey();
    String c = chosenCollection();
    if (key == null || c == null) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name("linchpin-" + key + "-" + c + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(moduleService.importTemplate(key, c, "zh")))
        .build();
  }

  private String chosenCollection() {
    List<String> available = modules.getCollections();
    return collection != null && available.contains(collection)
        ? collection
        : available.isEmpty() ? null : available.get(0);
  }

  public String getCollection() {
    return chosenCollection();
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public ImportView getLast() {
    return last;
  }
}
