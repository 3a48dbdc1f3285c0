package io.linchpin.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the layering of the style guide true: the domain knows no service or adapter, services know
 * no adapter, shared code knows no context, and the interfaces never touch entities or adapters.
 * Every package a rule names must exist, so a rule cannot pass by matching nothing.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = LinchpinClasses.all();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "io.linchpin.shared",
        "io.linchpin.people.domain",
        "io.linchpin.people.application",
        "io.linchpin.people.application.internal",
        "io.linchpin.people.infrastructure",
        "io.linchpin.casework.domain",
        "io.linchpin.casework.application",
        "io.linchpin.casework.application.internal",
        "io.linchpin.casework.infrastructure",
        "io.linchpin.corerole.domain",
        "io.linchpin.corerole.application",
        "io.linchpin.corerole.application.internal",
        "io.linchpin.corerole.infrastructure",
        "io.linchpin.screening.domain",
        "io.linchpin.screening.application",
        "io.linchpin.screening.application.internal",
        "io.linchpin.screening.infrastructure",
        "io.linchpin.vault.infrastructure",
        "io.linchpin.web.api",
        "io.linchpin.web.portal"
      })
  void everyPackageTheRulesNameHoldsClasses(String pkg) {
    assertFalse(
        classes.stream().noneMatch(c -> c.getPackageName().startsWith(pkg)), pkg + " is empty");
  }

  @Test
  void sharedCodeDependsOnNoContext() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.linchpin.shared..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.linchpin.people..", "io.linchpin.platform..", "io.linchpin.web.."));
  }

  @Test
  void theDomainKnowsNoServiceAdapterOrInterface() {
    check(
        noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "..application..",
                "..infrastructure..",
                "io.linchpin.web..",
                "io.linchpin.platform.."));
  }

  @Test
  void serviceInterfacesKnowNoAdapter() {
    check(
        noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..infrastructure..", "io.linchpin.web.."));
  }

  @Test
  void theInterfacesUseServicesNotAdaptersOrEntities() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.linchpin.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..infrastructure..", "..application.internal.."));
    check(
        noClasses()
            .that()
            .resideInAPackage("io.linchpin.web..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class));
  }

  @Test
  void theBpmnEngineStaysInsideCaseworkInfrastructure() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("io.linchpin.casework.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.flowable.."));
  }

  @Test
  void theFormulaLanguageStaysInsideCoreRoleInfrastructure() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("io.linchpin.corerole.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.cel.."));
  }

  @Test
  void documentLibrariesStayInsideAdapters() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages("io.linchpin..infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.lowagie..", "org.apache.poi.xwpf.."));
  }

  @Test
  void tinkStaysInsideVaultInfrastructure() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("io.linchpin.vault.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.crypto.tink.."));
  }

  /** People is upstream of the contexts that use it (the fence itself is ContextFenceTest). */
  @Test
  void peopleKnowsNoneOfTheContextsThatUseIt() {
    check(
        noClasses()
            .that()
            .resideInAPackage("io.linchpin.people..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.linchpin.casework..", "io.linchpin.corerole..", "io.linchpin.screening.."));
  }

  @Test
  void dataProvidersAreReachedOnlyThroughTheScreeningInfrastructure() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("io.linchpin.screening.infrastructure..")
            .and()
            .resideOutsideOfPackage("io.linchpin.spi..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.linchpin.spi.screening.."));
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }
}
