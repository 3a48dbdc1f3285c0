package io.linchpin.web.portal.people;

import io.linchpin.people.application.EmployeeSearch;
import io.linchpin.people.application.EmployeeService;
import io.linchpin.people.application.EmployeeSummary;
import io.linchpin.people.application.OrgStructureService;
import io.linchpin.people.application.OrgUnitView;
import io.linchpin.people.domain.EmployeeCriteria.SortField;
import io.linchpin.shared.Page;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.TreeNode;

/** The people page: org tree on the left, a searchable, paged employee list on the right. */
@Named("employeeList")
@ViewScoped
public class EmployeeListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient EmployeeService employees;
  @EJB private transient OrgStructureService structure;

  private TreeNode<UnitNode> orgTree;
  private TreeNode<UnitNode> selectedNode;
  private UnitNode selectedUnit;
  private String text;
  private final LazyDataModel<EmployeeRow> model = new EmployeeModel();

  @PostConstruct
  void init() {
    orgTree = new DefaultTreeNode<>(new UnitNode(0, "", ""), null);
    Map<Long, TreeNode<UnitNode>> nodes = new HashMap<>();
    for (OrgUnitView unit : structure.orgUnits()) {
      TreeNode<UnitNode> parent =
          unit.parentId() == null ? orgTree : nodes.getOrDefault(unit.parentId(), orgTree);
      TreeNode<UnitNode> node =
          new DefaultTreeNode<>(new UnitNode(unit.id(), unit.name(), unit.path()), parent);
      node.setExpanded(unit.parentId() == null);
      nodes.put(unit.id(), node);
    }
  }

  public void onUnitSelected(NodeSelectEvent event) {
    selectedUnit = (UnitNode) event.getTreeNode().getData();
  }

  public void clearUnit() {
    selectedUnit = null;
    if (selectedNode != null) {
      selectedNode.setSelected(false);
      selectedNode = null;
    }
  }

  public void onSearch() {
    // The lazy model reads the text on its next load; nothing else to do.
  }

  public String getScopeLabel() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    java.util.ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return selectedUnit == null
        ? msg.getString("people.allUnits")
        : java.text.MessageFormat.format(msg.getString("people.unit"), selectedUnit.getPath());
  }

  public TreeNode<UnitNode> getOrgTree() {
    return orgTree;
  }

  public TreeNode<UnitNode> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<UnitNode> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public LazyDataModel<EmployeeRow> getModel() {
    return model;
  }

  private final class EmployeeModel extends LazyDataModel<EmployeeRow> {

    private static final long serialVersionUID = 1L;

    private transient Page<EmployeeSummary> last;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) fetch(0, 1, Map.of()).total();
    }

    @Override
    public List<EmployeeRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, pageSize);
      last = fetch(first / size, size, sortBy);
      setRowCount((int) last.total());
      return last.items().stream().map(EmployeeRow::new).toList();
    }

    @Override
    public String getRowKey(EmployeeRow row) {
      return Long.toString(row.getId());
    }

    @Override
    public EmployeeRow getRowData(String rowKey) {
      if (last == null) {
        return null;
      }
      return last.items().stream()
          .filter(s -> Long.toString(s.id()).equals(rowKey))
          .findFirst()
          .map(EmployeeRow::new)
          .orElse(null);
    }

    private Page<EmployeeSummary> fetch(int page, int size, Map<String, SortMeta> sortBy) {
      SortField sort = SortField.EMPLOYEE_NUMBER;
      boolean descending = false;
      for (SortMeta meta : sortBy.values()) {
        if (meta.getOrder() == SortOrder.UNSORTED) {
          continue;
        }
        for (SortField field : SortField.values()) {
          if (field.property().equals(meta.getField())) {
            sort = field;
            descending = meta.getOrder() == SortOrder.DESCENDING;
          }
        }
      }
      return employees.search(
          new EmployeeSearch(
              text,
              null,
              selectedUnit == null ? null : selectedUnit.getId(),
              null,
              null,
              sort,
              descending,
              page,
              size));
    }
  }
}
