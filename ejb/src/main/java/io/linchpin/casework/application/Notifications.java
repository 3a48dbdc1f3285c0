package io.linchpin.casework.application;

import java.util.List;

/** The caller's notifications about cases, newest first. */
public interface Notifications {

  List<NotificationView> mine(int max);
}
