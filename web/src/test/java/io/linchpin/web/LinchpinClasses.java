package io.linchpin.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Linchpin's main classes of every module on this classpath, imported once for the rule tests. */
final class LinchpinClasses {

  private static JavaClasses classes;

  private LinchpinClasses() {}

  static synchronized JavaClasses all() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("io.linchpin");
    }
    return classes;
  }
}
