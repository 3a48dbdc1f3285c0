package io.linchpin.spi;

/** A module an extension provides, built from its configuration. */
public interface ModuleProvider {

  /**
   * The module's definition as JSON, in the format HR admins use (key, name, collections with typed
   * fields, metrics and rules as CEL formulas); the server checks it like any definition.
   */
  String definition();
}
