package io.linchpin.web.portal.casework;

import io.linchpin.casework.application.CaseView;
import io.linchpin.casework.application.NotificationView;
import io.linchpin.casework.application.Notifications;
import io.linchpin.casework.application.TaskInbox;
import io.linchpin.casework.application.TaskView;
import io.linchpin.shared.LinchpinException;
import io.linchpin.web.portal.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inbox: steps assigned to the caller and steps offered to their roles, most urgent first. A
 * chosen step shows its form (checklist, choices, text); completing it moves the playbook on.
 */
@Named("inbox")
@ViewScoped
public class InboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient TaskInbox taskInbox;
  @EJB private transient Notifications notifications;

  private List<NotificationView> latest = List.of();

  private List<TaskView> tasks = List.of();
  private TaskView selected;
  private final Map<String, Object> values = new HashMap<>();
  private CaseView completed;

  @PostConstruct
  void load() {
    refresh();
  }

  public void refresh() {
    tasks = taskInbox.inbox(null);
    latest = notifications.mine(10);
  }

  public List<NotificationView> getNotifications() {
    return latest;
  }

  public void select(TaskView task) {
    selected = task;
    values.clear();
    completed = null;
  }

  public void claim(TaskView task) {
    try {
      selected = taskInbox.claim(task.id());
      values.clear();
      refresh();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public void complete() {
    if (selected == null) {
      return;
    }
    Map<String, Object> given = new HashMap<>();
    values.forEach(
        (k, v) -> {
          if (v instanceof Boolean b && !b) {
            given.put(k, false);
          } else if (v != null && !(v instanceof String s && s.isBlank())) {
            given.put(k, v);
          }
        });
    try {
      completed = taskInbox.complete(selected.id(), given);
      FacesErrors.info("inbox.completed", selected.name(), completed.reference());
      selected = null;
      values.clear();
      refresh();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public List<TaskView> getTasks() {
    return tasks;
  }

  public TaskView getSelected() {
    return selected;
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public CaseView getCompleted() {
    return completed;
  }
}
