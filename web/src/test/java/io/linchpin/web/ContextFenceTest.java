package io.linchpin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fence between contexts, generated from the list of contexts: a class of one context may use
 * another context only through that context's {@code application} package (never its domain,
 * infrastructure or {@code application.internal}); {@code shared} is for everyone. Every top-level
 * package under {@code io.linchpin} is a context, so a new one is fenced the day it appears.
 *
 * <p>The breaches that are still to be taken apart are listed by name in {@link #KNOWN_BREACHES};
 * the list may only shrink: a new breach fails, and so does a listed one that no longer exists.
 */
class ContextFenceTest {

  /** Every context; the test below checks this against the packages that exist. */
  static final List<String> CONTEXTS =
      List.of(
          "analytics",
          "audit",
          "casework",
          "corerole",
          "monitoring",
          "people",
          "platform",
          "screening",
          "vault",
          "web");

  /**
   * Code for every context, outside the fence: shared value types and helpers, and the published
   * interfaces extensions implement.
   */
  static final Set<String> PUBLIC = Set.of("shared", "spi");

  /** Breaches of the fence still to be taken apart: "context -> class it uses". */
  static final Set<String> KNOWN_BREACHES =
      Set.of(
          "audit -> io.linchpin.vault.infrastructure.AnchorFile",
          "audit -> io.linchpin.vault.infrastructure.HmacCheckpointSigner",
          "audit -> io.linchpin.vault.infrastructure.KeyStoreFiles",
          "corerole -> io.linchpin.people.domain.Employee",
          "corerole -> io.linchpin.people.domain.EmployeeRepository",
          "corerole -> io.linchpin.people.domain.EmployeeStatus",
          "corerole -> io.linchpin.people.domain.imports.ImportJob",
          "corerole -> io.linchpin.people.domain.imports.ImportKind",
          "corerole -> io.linchpin.people.domain.imports.ImportRepository",
          "corerole -> io.linchpin.people.domain.imports.RowProblem",
          "monitoring -> io.linchpin.people.domain.Employee",
          "monitoring -> io.linchpin.people.domain.EmployeeRepository",
          "monitoring -> io.linchpin.people.domain.imports.ImportJob",
          "monitoring -> io.linchpin.people.domain.imports.ImportKind",
          "monitoring -> io.linchpin.people.domain.imports.ImportRepository",
          "monitoring -> io.linchpin.people.domain.imports.RowProblem",
          "platform -> io.linchpin.people.domain.AccessRepository",
          "platform -> io.linchpin.people.domain.Employee",
          "platform -> io.linchpin.people.domain.EmployeeRepository",
          "platform -> io.linchpin.people.domain.EmploymentEvent",
          "platform -> io.linchpin.people.domain.EmploymentTerms",
          "platform -> io.linchpin.people.domain.LifecycleEventType",
          "platform -> io.linchpin.people.domain.OrgUnit",
          "platform -> io.linchpin.people.domain.OrgUnitRepository",
          "platform -> io.linchpin.people.domain.PartnerAssignment",
          "platform -> io.linchpin.people.domain.PersonalData",
          "platform -> io.linchpin.people.domain.Position",
          "platform -> io.linchpin.people.domain.PositionRepository",
          "platform -> io.linchpin.screening.infrastructure.SimulatorProviderFactory",
          "web -> io.linchpin.audit.domain.ChainVerifier",
          "web -> io.linchpin.corerole.domain.ImpactParameters",
          "web -> io.linchpin.corerole.domain.Range",
          "web -> io.linchpin.people.domain.EmployeeCriteria",
          "web -> io.linchpin.people.domain.EmployeeStatus",
          "web -> io.linchpin.people.domain.imports.ImportKind",
          "web -> io.linchpin.people.domain.imports.ImportStatus");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = LinchpinClasses.all();
  }

  @Test
  void theListOfContextsIsEveryTopLevelPackage() {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : classes) {
      String context = context(c);
      if (context != null) {
        found.add(context);
      }
    }
    found.removeAll(PUBLIC);
    assertEquals(new TreeSet<>(CONTEXTS), found, "contexts under io.linchpin");
  }

  @Test
  void contextsMeetOnlyThroughTheirApplicationPackages() {
    Set<String> breaches = new TreeSet<>();
    for (JavaClass c : classes) {
      String from = context(c);
      if (from == null) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        String to = context(target);
        if (to == null || to.equals(from) || PUBLIC.contains(to)) {
          continue;
        }
        if (!target.getPackageName().equals("io.linchpin." + to + ".application")) {
          breaches.add(from + " -> " + target.getName().replaceAll("\\$.*", ""));
        }
      }
    }
    Set<String> added = new TreeSet<>(breaches);
    added.removeAll(KNOWN_BREACHES);
    Set<String> gone = new TreeSet<>(KNOWN_BREACHES);
    gone.removeAll(breaches);
    assertTrue(
        added.isEmpty(),
        "a context reaches into another past its application package: " + String.join("\n", added));
    assertTrue(gone.isEmpty(), "breaches taken apart, strike them from the list: " + gone);
  }

  /** The context of a class of io.linchpin (its top-level package), or null for any other. */
  private static String context(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith("io.linchpin.")) {
      return null;
    }
    String rest = name.substring("io.linchpin.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
