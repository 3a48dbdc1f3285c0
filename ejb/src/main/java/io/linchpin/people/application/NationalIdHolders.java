package io.linchpin.people.application;

import java.util.Collection;
import java.util.Map;

/**
 * Who holds a national ID, for the system's own work (a source's file drop names people only by
 * it); not exposed. The numbers are matched by their keyed fingerprint, never searched as text.
 */
public interface NationalIdHolders {

  /** A person a national ID names: their record and the data subject their data is sealed for. */
  record Holder(long employeeId, String dataSubject) {}

  /** The current holders of these national IDs, by national ID; erased records are left out. */
  Map<String, Holder> holders(Collection<String> nationalIds);
}
