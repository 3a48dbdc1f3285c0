package io.linchpin.people.application;

import io.linchpin.shared.EmployeeId;
import java.util.Optional;

/**
 * Something elsewhere in Linchpin that may forbid erasing a person for now, such as an open case.
 * Contexts implement it as a bean; erasure asks every one and is refused, with the first reason
 * given, while any objects. People stays unaware of who objects.
 */
public interface ErasureObjection {

  /** The field the refusal names (e.g. {@code openCase}) and why, or empty. */
  Optional<Objection> objectTo(EmployeeId employee);

  /** A reason not to erase a person now. */
  record Objection(String field, String message) {}
}
