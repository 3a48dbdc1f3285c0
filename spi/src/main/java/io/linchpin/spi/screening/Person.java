package io.linchpin.spi.screening;

import java.util.Objects;

/** Who a lookup is about: the resident ID number the sources key on, and the name on record. */
public record Person(String nationalId, String fullName) {

  public Person {
    Objects.requireNonNull(nationalId);
  }

  @Override
  public String toString() {
    return "Person[…]"; // never in logs
  }
}
