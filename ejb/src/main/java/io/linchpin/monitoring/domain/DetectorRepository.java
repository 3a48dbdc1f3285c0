package io.linchpin.monitoring.domain;

import java.util.List;
import java.util.Optional;

/** Detector versions. */
public interface DetectorRepository {

  void add(DetectorVersion version);

  /** The version in force of each detector: its highest. */
  List<DetectorVersion> current();

  Optional<DetectorVersion> current(String key);

  /** Every version of a detector, newest first. */
  List<DetectorVersion> versions(String key);
}
