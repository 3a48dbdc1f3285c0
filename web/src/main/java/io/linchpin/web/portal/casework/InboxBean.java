package io.linchpin.web.portal.casework;

import io.linchpin.casework.application.CaseService;
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
 * chosen step shows its form (checklist, choices, text); completing it moves the playbook on. A
 * step can be handed to someone else, and commented on in its case's timeline.
 */
@Named("inbox")
@ViewScoped
public class InboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient TaskInbox taskInbox;
  @EJB private transient Notifications notifications;
  @EJB private transient CaseService cases;

  private List<NotificationView> latest = List.of();

  private List<TaskView> tasks = List.of();
  private TaskView selected;
  private final Map<String, Object> values = new HashMap<>();
  private CaseView completed;
  private String handTo;
  private String comment;

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

  /** Hands the chosen step to someone else by user name (HR admins, or its assignee). */
  public void reassign() {
    if (selected == null) {
      return;
    }
    try {
      TaskView handed = taskInbox.reassign(selected.id(), handTo == null ? null : handTo.strip());
      FacesErrors.info("inbox.reassigned", handed.name(), handed.assignee());
      selected = null;
      handTo = null;
      refresh();
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  /** Adds a comment on the chosen step to its case's timeline. */
  public void comment() {
    if (selected == null) {
      return;
    }
    try {
      CaseView noted =
          cases.addNote(
              selected.caseId(),
              comment == null || comment.isBlank() ? comment : selected.name() + ": " + comment);
      FacesErrors.info("inbox.commented", noted.reference());
      comment = null;
    } catch (LinchpinException e) {
      FacesErrors.show(e);
    }
  }

  public String getHandTo() {
    return handTo;
  }

  public void setHandTo(String handTo) {
    this.handTo = handTo;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
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
