package io.linchpin.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants as people read them: local time of the server's zone, to the minute. */
@Named("times")
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  public String format(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
