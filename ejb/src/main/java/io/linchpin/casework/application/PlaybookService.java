package io.linchpin.casework.application;

import java.time.Instant;
import java.util.List;

/**
 * The playbooks cases run on: their versions, the newest as a BPMN file to edit in any modeler, and
 * the upload of a new version, checked before it is deployed. Running cases stay on their version.
 */
public interface PlaybookService {

  List<PlaybookView> playbooks();

  /** The newest version's BPMN file. */
  byte[] latestBpmn(String caseType);

  /**
   * Checks and deploys a new version; refused with every reason (by line) if it contains anything
   * but Linchpin's own steps, known roles and plain variable references.
   */
  VersionView upload(String caseType, byte[] bpmn);

  /**
   * Checks a playbook as {@link #upload} would, and deploys nothing: returns when it would be
   * accepted, refused with every reason otherwise.
   */
  void check(String caseType, byte[] bpmn);

  /** A case type's playbook and its versions, newest first. */
  record PlaybookView(String caseType, String key, List<VersionView> versions) {}

  /** One deployed version; {@code source} is {@code shipped} or the user who uploaded it. */
  record VersionView(int version, String name, String source, Instant deployedAt) {}
}
