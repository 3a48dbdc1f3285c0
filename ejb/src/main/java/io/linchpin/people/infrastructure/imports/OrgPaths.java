package io.linchpin.people.infrastructure.imports;

import java.util.Optional;

/** Org-unit paths as files write them: "研发中心/平台组", with the spellings old systems use. */
final class OrgPaths {

  static final int MAX_NAME = 200;
  static final int MAX_PATH = 1000;

  private OrgPaths() {}

  /** "研发中心 / 平台组", "研发中心\平台组" and "/研发中心/平台组/" become "研发中心/平台组". */
  static String normalize(String path) {
    if (path == null) {
      return null;
    }
    String unified = path.replace('\\', '/').replace('／', '/').strip().replaceAll("^/+|/+$", "");
    if (unified.isEmpty()) {
      return null;
    }
    String[] parts = unified.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return String.join("/", parts);
  }

  /** Why a normalised path cannot name a unit, if it cannot. */
  static Optional<String> problem(String path) {
    if (path.length() > MAX_PATH) {
      return Optional.of("must be at most " + MAX_PATH + " characters");
    }
    for (String name : path.split("/", -1)) {
      if (name.isEmpty()) {
        return Optional.of("has an empty unit name; write a path like 研发中心/平台组");
      }
      if (name.length() > MAX_NAME) {
        return Optional.of("has a unit name longer than " + MAX_NAME + " characters");
      }
    }
    return Optional.empty();
  }
}
