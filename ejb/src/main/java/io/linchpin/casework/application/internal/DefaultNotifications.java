package io.linchpin.casework.application.internal;

import io.linchpin.casework.application.NotificationView;
import io.linchpin.casework.application.Notifications;
import io.linchpin.casework.domain.CaseFile;
import io.linchpin.casework.domain.CaseNotification;
import io.linchpin.casework.domain.CaseRepository;
import io.linchpin.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's notifications: those sent to them, and those sent to a role they hold about a case
 * they may see (a business head is not told about another unit's cases).
 */
@Stateless
@RolesAllowed({Roles.HR_ADMIN, Roles.HR_BP, Roles.LEGAL, Roles.BUSINESS_HEAD, Roles.LINE_MANAGER})
public class DefaultNotifications implements Notifications {

  @Inject CaseRepository cases;
  @EJB CaseAccess access;

  @Override
  public List<NotificationView> mine(int max) {
    int limit = Math.max(1, Math.min(max, 200));
    String me = access.me().key();
    Map<Long, Boolean> seen = new HashMap<>();
    List<NotificationView> views = new ArrayList<>();
    for (CaseNotification n : cases.notificationsFor(me, access.roles(), limit * 4)) {
      boolean forMe = me.equals(n.getRecipient());
      boolean visible =
          forMe
              || seen.computeIfAbsent(
                  n.getCaseId(),
                  id -> cases.find(id).map((CaseFile c) -> access.canSee(c)).orElse(false));
      if (visible) {
        views.add(
            new NotificationView(
                n.getId(), n.getCaseId(), n.getKind(), n.getMessage(), n.getCreatedAt()));
        if (views.size() == limit) {
          break;
        }
      }
    }
    return views;
  }
}
