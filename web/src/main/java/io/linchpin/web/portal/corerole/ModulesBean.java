package io.linchpin.web.portal.corerole;

import io.linchpin.corerole.application.ModuleService;
import io.linchpin.corerole.application.ModuleService.Evaluation;
import io.linchpin.corerole.application.ModuleService.ModuleView;
import io.linchpin.corerole.application.ModuleService.RecordView;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.shared.InvalidInputException;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.EmployeePicker;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules page: the modules in force; for HR admins, a module's definition to revise or a new
 * one to create (JSON, checked formula by formula); for HR, a person's records of a module, entered
 * through a form built from the module's fields, and the metrics and rules computed from them.
 */
@Named("modules")
@ViewScoped
public class ModulesBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  @EJB private transient ModuleService modules;
  @EJB private transient EmployeeService employees;

  private List<ModuleView> list = List.of();
  private String selectedKey;
  private String definition;
  private String employee;
  private Long employeeId;
  private List<RecordView> records = List.of();
  private Evaluation evaluation;
  private String collection;
  private Map<String, String> form = new HashMap<>();

  /** A field of the chosen collection, as the form shows it. */
  public record FieldView(
      String key, String label, String type, boolean required, List<String> choices) {}

  @PostConstruct
  void load() {
    list = modules.modules();
    if (!list.isEmpty()) {
      select(list.get(0).key());
    }
  }

  public void select(String key) {
    try {
      ModuleView m = modules.module(key);
      selectedKey = key;
      definition = pretty(m.definition());
      collection = firstCollection(m.definition());
      form = new HashMap<>();
      refreshPerson();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Saves the definition as a new version of the chosen module, or as a new module. */
  public void save(boolean asNew) {
    JsonObject json;
    try (JsonReader reader =
        Json.createReader(new StringReader(definition == null ? "" : definition))) {
      json = reader.readObject();
    } catch (JsonParsingException e) {
      FacesErrors.show(
          new InvalidInputException("definition", "is not valid JSON: " + e.getMessage()));
      return;
    } catch (RuntimeException e) {
      FacesErrors.show(new InvalidInputException("definition", "must be a JSON object"));
      return;
    }
    try {
      ModuleView saved = asNew ? modules.create(json) : modules.revise(selectedKey, json);
      FacesErrors.info("modules.saved", saved.key(), saved.version());
      list = modules.modules();
      select(saved.key());
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public List<String> suggest(String text) {
    return EmployeePicker.suggest(employees, text);
  }

  /** Shows the chosen person's records and metrics. */
  public void open() {
    employeeId = EmployeePicker.idOf(employees, employee);
    refreshPerson();
  }

  /** Reads the open person's records and metrics again, e.g. after an import. */
  public void refresh() {
    refreshPerson();
  }

  private void refreshPerson() {
    records = List.of();
    evaluation = null;
    if (employeeId == null || selectedKey == null) {
      return;
    }
    try {
      records = modules.records(employeeId, selectedKey, null);
      evaluation = modules.evaluate(employeeId, selectedKey);
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void addRecord() {
    if (employeeId == null) {
      FacesErrors.show(new InvalidInputException("employee", "pick a person first"));
      return;
    }
    JsonObjectBuilder values = Json.createObjectBuilder();
    for (FieldView f : getFields()) {
      String v = form.get(f.key());
      if (v == null || v.isBlank()) {
        continue;
      }
      if ("BOOLEAN".equals(f.type())) {
        values.add(f.key(), Boolean.parseBoolean(v));
      } else {
        values.add(f.key(), v.strip());
      }
    }
    try {
      modules.add(employeeId, selectedKey, collection, values.build());
      FacesErrors.info("modules.recordAdded");
      form = new HashMap<>();
      refreshPerson();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void removeRecord(long recordId) {
    try {
      modules.remove(employeeId, selectedKey, recordId);
      refreshPerson();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** A value as the page shows it: amounts with thousands separators, numbers without ".0". */
  public String display(Object value, String type) {
    if (value instanceof Double d) {
      return "MONEY".equals(type)
          ? String.format(java.util.Locale.ROOT, "%,.0f", d)
          : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
              + ("PERCENT".equals(type) ? " %" : "");
    }
    if (value instanceof Boolean b) {
      return b ? "✓" : "✗";
    }
    return value == null ? "" : value.toString();
  }

  /** The collections of the chosen module. */
  public List<String> getCollections() {
    List<String> keys = new ArrayList<>();
    current()
        .ifPresent(
            d ->
                d.getJsonArray("collections")
                    .forEach(c -> keys.add(((JsonObject) c).getString("key"))));
    return keys;
  }

  /** The fields of the chosen collection. */
  public List<FieldView> getFields() {
    List<FieldView> fields = new ArrayList<>();
    current()
        .ifPresent(
            d -> {
              for (JsonValue c : d.getJsonArray("collections")) {
                JsonObject co = (JsonObject) c;
                if (!co.getString("key").equals(collection)) {
                  continue;
                }
                for (JsonValue f : co.getJsonArray("fields")) {
                  JsonObject fo = (JsonObject) f;
                  List<String> choices = new ArrayList<>();
                  JsonArray ch = fo.getJsonArray("choices");
                  if (ch != null) {
                    ch.forEach(x -> choices.add(((jakarta.json.JsonString) x).getString()));
                  }
                  fields.add(
                      new FieldView(
                          fo.getString("key"),
                          fo.getString("label", fo.getString("key")),
                          fo.getString("type"),
                          fo.getBoolean("required", false),
                          choices));
                }
              }
            });
    return fields;
  }

  /** The chosen collection's records. */
  public List<RecordView> getCollectionRecords() {
    return records.stream().filter(r -> r.collection().equals(collection)).toList();
  }

  private java.util.Optional<JsonObject> current() {
    return list.stream()
        .filter(m -> m.key().equals(selectedKey))
        .map(ModuleView::definition)
        .findFirst();
  }

  private static String firstCollection(JsonObject definition) {
    JsonArray cs = definition.getJsonArray("collections");
    return cs == null || cs.isEmpty() ? null : ((JsonObject) cs.get(0)).getString("key");
  }

  private static String pretty(JsonObject json) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = PRETTY.createWriter(out)) {
      w.writeObject(json);
    }
    return out.toString().strip();
  }

  public List<ModuleView> getList() {
    return list;
  }

  public String getSelectedKey() {
    return selectedKey;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public String getEmployee() {
    return employee;
  }

  public void setEmployee(String employee) {
    this.employee = employee;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public Evaluation getEvaluation() {
    return evaluation;
  }

  public String getCollection() {
    return collection;
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public Map<String, String> getForm() {
    return form;
  }
}
